"""The sentences this suite writes, for checks that a shortcut never changes a result."""

import ast
import json
from pathlib import Path

from archive.text.sentences import split_sentences

HERE = Path(__file__).parent


def suite_sentences() -> list[str]:
    """Every sentence of the labelled sets in tests/data and of the extraction tests' texts."""
    texts = [
        json.loads(line)["text"]
        for path in sorted((HERE / "data").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for path in sorted(HERE.glob("test_extract*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append(node.value)
    return [sentence for text in texts for sentence in split_sentences(text)]
