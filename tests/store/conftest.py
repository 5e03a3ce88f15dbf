"""Shared helpers for the archive tests: a click group with the archive commands and tiny corpora."""

import json
import random

import click
import pytest

from newsweave.commands_archive import COMMANDS

_WORDS = ("army rebels town market port government minister talks refugees border river bridge city "
          "council police fire storm flood court vote election bank price oil harbour village road "
          "school hospital farmers drought aid convoy mayor governor strike union factory").split()


def make_text(seed: int, sentences: int = 6) -> str:
    """A short article of made-up sentences; different seeds give unrelated texts."""
    r = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = [r.choice(_WORDS) for _ in range(r.randint(8, 14))]
        out.append("The " + " ".join(words) + " said on Monday.")
    return " ".join(out)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    return path


@pytest.fixture()
def texts():
    """``texts(seed, sentences=6)`` -> an article text."""
    return make_text


@pytest.fixture()
def jsonl():
    """``jsonl(path, rows)`` writes JSONL and returns the path."""
    return write_jsonl


@pytest.fixture()
def group():
    g = click.Group("newsweave")
    for cmd in COMMANDS:
        g.add_command(cmd)
    return g
