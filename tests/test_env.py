import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.env import env_bool, search_connections, secret_key, shared_cache


def test_search_url_default_is_whoosh_under_var(tmp_path):
    conf = search_connections("", tmp_path / "idx")["default"]
    assert conf["ENGINE"] == "archive.search.whoosh_write.WhooshEngine"
    assert conf["PATH"] == str(tmp_path / "idx")


def test_search_url_whoosh_absolute():
    conf = search_connections("whoosh:///srv/newsroom/index", None)["default"]
    assert conf["PATH"] == "/srv/newsroom/index"


@pytest.mark.parametrize("url", ["whoosh://relative/path", "ftp://x", "whoosh:relative"])
def test_bad_search_urls(url):
    with pytest.raises(ImproperlyConfigured):
        search_connections(url, None)


def test_search_url_elasticsearch():
    conf = search_connections("elasticsearch://es.internal:9200/news", None, {})["default"]
    assert conf["ENGINE"] == "archive.search.elastic_write.NewsroomElasticsearchEngine"
    assert (conf["FLAVOUR"], conf["URLS"]) == ("elasticsearch", ["http://es.internal:9200"])
    assert conf["INDEX_NAME"] == "news"
    assert conf["KWARGS"] == {"timeout": 30}


@pytest.mark.parametrize(
    "url, flavour, urls",
    [
        ("opensearch://os:9200", "opensearch", ["http://os:9200"]),
        ("opensearchs://os:9200/news", "opensearch", ["https://os:9200"]),
        ("elasticsearch+https://es:9243/news", "elasticsearch", ["https://es:9243"]),
        (
            "opensearch+https://n1:9200,n2:9200, n3:9200/news",
            "opensearch",
            ["https://n1:9200", "https://n2:9200", "https://n3:9200"],
        ),
    ],
)
def test_search_url_names_a_cluster_flavour_and_its_nodes(url, flavour, urls):
    conf = search_connections(url, None, {})["default"]
    assert (conf["FLAVOUR"], conf["URLS"]) == (flavour, urls)
    assert conf["INDEX_NAME"] in {"news", "newsroom"}


def test_cluster_credentials_from_the_url_or_the_environment():
    conf = search_connections("opensearchs://admin:s%40cret@os:9200/news", None, {})["default"]
    assert conf["KWARGS"]["http_auth"] == ("admin", "s@cret")
    assert conf["URLS"] == ["https://os:9200"]  # no secret in what is logged or shown
    environ = {"SEARCH_USERNAME": "reader", "SEARCH_PASSWORD": "pw", "SEARCH_CA_CERTS": "/ca.pem"}
    conf = search_connections("opensearchs://os:9200/news", None, environ)["default"]
    assert conf["KWARGS"]["http_auth"] == ("reader", "pw")
    assert conf["KWARGS"]["ca_certs"] == "/ca.pem" and "verify_certs" not in conf["KWARGS"]
    conf = search_connections("opensearchs://os:9200/news?verify=false", None, {})["default"]
    assert conf["KWARGS"]["verify_certs"] is False


@pytest.mark.parametrize(
    "url, message",
    [
        ("opensearch:///news", "name the host"),
        ("opensearch://os:9200/News", "lower case"),
        ("opensearch://u:hunter2@os:9200/a b", "lower case"),
        ("opensearchs://os:9200/news?verify=perhaps", "not a boolean"),
    ],
)
def test_bad_cluster_urls_say_what_is_wrong_without_the_password(url, message):
    with pytest.raises(ImproperlyConfigured, match=message) as caught:
        search_connections(url, None, {})
    assert "hunter2" not in str(caught.value)


def test_secret_key_required_without_debug(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        secret_key(False, tmp_path)


def test_development_key_generated_once(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = secret_key(True, tmp_path)
    assert len(first) > 40
    assert secret_key(True, tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_env_bool(monkeypatch):
    monkeypatch.setenv("X_FLAG", "0")
    assert env_bool("X_FLAG", True) is False
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("X_FLAG", True)


def test_search_url_solr_is_refused_clearly():
    with pytest.raises(ImproperlyConfigured, match="Solr is not supported"):
        search_connections("solr://localhost:8983/solr/news", None)


@pytest.mark.parametrize("unset", [None, "", "  "])
def test_shared_page_cache_defaults_to_files_under_var(unset, tmp_path):
    config = shared_cache(unset, tmp_path / "cache")
    assert config["BACKEND"].endswith("FileBasedCache")
    assert config["LOCATION"] == str(tmp_path / "cache")


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("file:///srv/pages", "FileBasedCache", "/srv/pages"),
        ("redis://cache.internal:6379/1", "RedisCache", "redis://cache.internal:6379/1"),
        ("memcached://cache.internal:11211", "PyMemcacheCache", "cache.internal:11211"),
    ],
)
def test_shared_page_cache_urls(url, backend, location, tmp_path):
    config = shared_cache(url, tmp_path)
    assert config["BACKEND"].endswith(backend)
    assert config["LOCATION"] == location


def test_shared_page_cache_can_be_turned_off(tmp_path):
    assert shared_cache("off", tmp_path) is None


@pytest.mark.parametrize("url", ["file://relative/x", "memcached://", "ftp://x"])
def test_bad_shared_page_cache_urls(url, tmp_path):
    with pytest.raises(ImproperlyConfigured, match="PAGE_CACHE_URL"):
        shared_cache(url, tmp_path)
