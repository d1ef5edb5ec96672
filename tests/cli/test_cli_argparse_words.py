"""argparse's own words ("usage:", "options", its errors) in the command's language, through the real entry point."""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest
from checks import cosafe_command

from cosafe.bundled import bundled_file
from cosafe.cli.argparse_words import EXPECTED_N, MESSAGES

# What argparse says in English; none may be left in another language's help or errors.
ENGLISH = ("usage:", "positional arguments", "options:", "show this help message and exit",
           "show program's version number and exit", "the following arguments are required", "invalid choice",
           "unrecognized arguments", "expected one argument", "argument -o/--output:")
FORMAT = re.compile(r"%(?:\([a-z_]+\))?[sr]")  # argparse fills its words with Python's % formatting


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("code", ["es", "ar"])
def test_the_help_has_no_english_argparse_word(code):
    done = run("--language", code, "--help")
    assert done.returncode == 0, done.stderr
    left = [word for word in ENGLISH if word in done.stdout]
    assert not left, (left, done.stdout)
    assert done.stdout.startswith({"es": "uso: cosafe", "ar": "الاستخدام: cosafe"}[code])


@pytest.mark.parametrize("args, words", [
    (("--language", "fr", "export-plan"), "les arguments suivants sont requis"),
    (("--language", "es", "export-plan", "p.gpkg", "-o", "x.pdf", "--paper", "a3"), "opción no válida"),
    (("--language", "sw", "export-plan", "-o"), "hoja moja inatarajiwa"),
    (("--language", "pt", "new", "a.gpkg", "--bogus"), "argumentos não reconhecidos"),
])
def test_an_argparse_error_is_one_line_in_the_language_after_the_usage(args, words):
    done = run(*args)
    assert done.returncode == 2 and not done.stdout
    error = done.stderr.rstrip("\n").splitlines()[-1]
    assert words in error and "Traceback" not in done.stderr, done.stderr
    assert error.startswith("cosafe") and sum(line.startswith("cosafe") for line in done.stderr.splitlines()) == 1
    assert not [word for word in ENGLISH if word in done.stderr], done.stderr


def test_english_stays_argparse_s_own():
    done = run("--language", "en", "export-plan")
    assert done.stderr.startswith("usage: cosafe export-plan")
    assert "error: the following arguments are required: PROJECT, -o/--output" in done.stderr


def test_every_marked_message_is_one_argparse_says():
    # A Python that rewords a message would leave it English again: this says which.
    said = inspect.getsource(argparse)
    for message in (*MESSAGES, EXPECTED_N):
        assert repr(message)[1:-1] in said or message.replace("\n", "\\n") in said, message


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "ar", "sw"])
def test_every_translation_keeps_argparse_s_placeholders(code):
    # argparse fills them with %: a lost or extra one is a crash in the middle of an error.
    root = ElementTree.parse(bundled_file("translations", f"cosafe_{code}.ts")).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "Argparse")
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in message.iter("numerusform")] or [message.findtext("translation") or ""]
        for form in forms:
            assert sorted(FORMAT.findall(form)) == sorted(FORMAT.findall(source)), (code, source, form)
            assert form.endswith("\n") == source.endswith("\n"), (code, source)
