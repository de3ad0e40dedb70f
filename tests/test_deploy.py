"""deploy/: the compose file describes the cluster docs/deployment.md says it does, and the
settings it gives the archive are ones the archive accepts. (No Docker engine runs here: the
file is read, not started.)"""

from pathlib import Path

import pytest
import yaml

from newsroom.env import search_connections, shared_cache

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def app_services(compose):
    return {name: s for name, s in compose["services"].items() if s.get("image") == "newsroom-app"}


def test_three_search_nodes_two_web_hosts_one_indexer(compose):
    services = compose["services"]
    nodes = [n for n, s in services.items() if s.get("image", "").startswith("opensearch")]
    assert sorted(nodes) == ["opensearch-1", "opensearch-2", "opensearch-3"]
    for name in nodes:
        env = services[name]["environment"]
        assert env["node.name"] == name and env["cluster.name"] == "newsroom"
        assert set(env["discovery.seed_hosts"].split(",")) == set(nodes)
    apps = app_services(compose)
    web = [n for n, s in apps.items() if "command" not in s and "entrypoint" not in s]
    assert sorted(web) == ["web-1", "web-2"]
    writers = [n for n, s in apps.items() if "indexer" in s.get("command", [])]
    assert writers == ["indexer"] and apps["indexer"]["deploy"]["replicas"] == 1
    assert {"postgres", "redis", "proxy", "migrate"} <= set(services)


def test_every_app_service_gets_settings_the_archive_accepts(compose):
    for name, service in app_services(compose).items():
        env = service["environment"]
        assert env["DEBUG"] == "0", name
        conf = search_connections(env["SEARCH_URL"], None, {})["default"]
        assert conf["FLAVOUR"] == "opensearch" and len(conf["URLS"]) == 3, name
        assert shared_cache(env["PAGE_CACHE_URL"], Path("/unused"))["BACKEND"].endswith(
            "RedisCache"
        )
        assert env["DATABASE_URL"].startswith("postgres://"), name
        assert service["env_file"] == "env", name  # secrets from deploy/env, not this file


def test_the_search_cluster_and_database_are_not_published(compose):
    services = compose["services"]
    published = {n for n, s in services.items() if s.get("ports")}
    assert published == {"proxy"}
    assert compose["networks"]["search"]["internal"] and compose["networks"]["data"]["internal"]
    networks = set(compose["networks"])
    for name, service in services.items():
        assert set(service.get("networks", [])) <= networks, name


def test_the_proxy_balances_both_web_hosts():
    conf = (DEPLOY / "nginx.conf").read_text()
    assert "server web-1:8000" in conf and "server web-2:8000" in conf
    assert "X-Forwarded-For" in conf


def test_no_secret_is_committed():
    example = (DEPLOY / "env.example").read_text()
    for line in example.splitlines():
        if line.startswith(("SECRET_KEY=", "POSTGRES_PASSWORD=")):
            assert line.endswith("="), line
    ignored = (DEPLOY.parent / ".gitignore").read_text().split()
    assert "deploy/env" in ignored
