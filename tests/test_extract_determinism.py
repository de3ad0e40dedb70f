"""Reading a text gives one result, whatever order Python iterates its sets of strings in:
that order changes with each process's string hashing (PYTHONHASHSEED), so a result that
depends on it changes from one ingest to the next. Each extraction test's text of more than
one sentence is read in two processes with different hash seeds, and the results compared."""

import ast
import os
import pickle
import subprocess
import sys
from pathlib import Path

from archive.text.sentences import split_sentences

HERE = Path(__file__).parent

READER = """
import datetime as dt, pickle, sys
import django
django.setup()
from archive.ingest.extract import extract
gazetteer, texts = pickle.load(open(sys.argv[1], "rb"))
for text in texts:
    x = extract(text, dt.date(2023, 5, 12), gazetteer)
    print(repr((list(x.people), list(x.countries), list(x.places), x.events, x.figures,
                x.new_people, x.spans)))
"""


def multi_sentence_texts() -> list[str]:
    texts = []
    for path in sorted(HERE.glob("test_extract*.py")):
        if path.name == Path(__file__).name:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(split_sentences(node.value)) > 1
            ):
                texts.append(node.value)
    return sorted(set(texts))


def test_a_texts_reading_does_not_depend_on_string_hashing(gazetteer, tmp_path):
    texts = multi_sentence_texts()
    assert len(texts) > 200
    data = tmp_path / "input.pickle"
    data.write_bytes(pickle.dumps((gazetteer, texts)))
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(data)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("0", "2")
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err[-2000:] for _, err in outputs]
    first, second = (out.splitlines() for out, _ in outputs)
    assert len(first) == len(second) == len(texts)
    differing = [text for text, a, b in zip(texts, first, second, strict=True) if a != b]
    assert not differing, differing[:3]
