"""Every command the README shows still runs as written: its options exist and its arguments parse.

A renamed or removed option (``ct24 --distil`` stayed in the README after it went) fails here instead of
in a reader's shell. Each command is parsed, never run: ``python -m`` modules' ``main`` stops as soon as
its arguments parse, ``manage.py`` commands parse with Django's own parser, ``make`` targets must be in the
Makefile, and ``bench/`` scripts must exist and define the options passed. Synopses with alternatives
(``a|b``) or ellipses are skipped; an optional part in brackets is parsed as if given.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shlex
from pathlib import Path

import pytest
from django.core.management import CommandError, get_commands, load_command_class

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# the modules a README command runs with ``python -m``, and where their ``main`` is
MODULES = {
    "evaluation": "evaluation.__main__",
    "evaluation.debate_rounds": "evaluation.debate_rounds",
    "evaluation.train": "evaluation.train",
    "evaluation.train_matching": "evaluation.train_matching",
    "factcheck.extraction": "factcheck.extraction.__main__",
    "factcheck.extraction.evaluate": "factcheck.extraction.evaluate",
    "factcheck.matching": "factcheck.matching.__main__",
}


def _fenced_lines(text: str) -> list[str]:
    """The lines of the README's fenced blocks, continuation lines joined."""
    lines: list[str] = []
    inside = False
    pending = ""
    for line in text.splitlines():
        if line.startswith("```"):
            inside = not inside
            continue
        if not inside:
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        lines.append(pending + line)
        pending = ""
    return lines


def _commands(found: list[str]) -> list[str]:
    """The commands among ``found`` that run python, manage.py or make (optional parts as if given)."""
    commands = []
    for raw in found:
        command = raw.split(" #")[0].strip()  # (a shell comment after the command)
        if re.search(r"(python -m |manage\.py |^make |bench/\w+\.py)", command) and not re.search(
            r"[|…]", command
        ):
            commands.append(re.sub(r"\s*[<>] \S+", "", command.replace("[", "").replace("]", "")))
    return sorted(set(commands))


# Fenced commands are whole: they must parse. Inline ones often name a command in passing ("``python -m
# evaluation speakers`` scores …") without its required arguments: their options and subcommands must exist.
FENCED = _commands(_fenced_lines(README))
INLINE = [c for c in _commands(re.findall(r"`([^`\n]+)`", README)) if c not in FENCED]
COMMANDS = FENCED + INLINE
# argparse's complaint when only a required argument is missing ("the following arguments are required: path",
# "one of the arguments --article --all is required")
_REQUIRED = re.compile(r"arguments? .*(?:are|is) required")


def _after(command: str, marker: str) -> list[str]:
    words = shlex.split(command)
    return words[words.index(marker) + 1 :]


class _Parsed(Exception):
    """Raised once a ``main``'s arguments parse: nothing runs."""


@pytest.fixture
def parse_only(monkeypatch: pytest.MonkeyPatch) -> None:
    original = argparse.ArgumentParser.parse_args

    def parse_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        original(self, args, namespace)  # exits with status 2 on an unknown option or a missing argument
        raise _Parsed

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", parse_args)


def test_the_readme_shows_commands_of_each_kind() -> None:
    """(So the collection below cannot silently find nothing.)"""
    assert any(c.startswith("python -m evaluation ") for c in COMMANDS)
    assert any("manage.py " in c for c in COMMANDS)
    assert any(c.startswith("make ") for c in COMMANDS)


@pytest.mark.parametrize("command", [c for c in COMMANDS if re.search(r"python -m (?!django)", c)])
def test_python_module_commands_parse(
    command: str, parse_only: None, capsys: pytest.CaptureFixture[str]
) -> None:
    words = _after(command, "-m")
    module, argv = words[0], words[1:]
    assert module in MODULES, f"README runs python -m {module}: add where its main is to MODULES"
    main = importlib.import_module(MODULES[module]).main
    try:
        main(argv)
    except _Parsed:
        return
    except SystemExit:
        error = capsys.readouterr().err
        if command in INLINE and _REQUIRED.search(error):
            return  # named in passing; what it names exists
        pytest.fail(f"{command!r} does not parse: {error.strip().splitlines()[-1]}")
    pytest.fail(f"{command!r}: main returned without parsing its arguments")


@pytest.mark.parametrize("command", [c for c in COMMANDS if "manage.py " in c])
def test_manage_py_commands_parse(command: str) -> None:
    name, *argv = _after(command, next(w for w in shlex.split(command) if w.endswith("manage.py")))
    app = get_commands().get(name)
    assert app is not None, f"README runs manage.py {name}, which no app provides"
    parser = load_command_class(app, name).create_parser("manage.py", name)
    try:
        parser.parse_args(argv)
    except CommandError as error:
        if command in INLINE and _REQUIRED.search(str(error)):
            return  # named in passing; what it names exists
        raise


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.startswith("make ")])
def test_make_targets_exist(command: str) -> None:
    targets = set(re.findall(r"^([a-z][\w-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    target = shlex.split(command)[1]
    assert target in targets, f"README runs make {target}, which the Makefile lacks"


@pytest.mark.parametrize("command", [c for c in COMMANDS if re.search(r"(^|\s)bench/", c)])
def test_bench_scripts_exist_with_their_options(command: str) -> None:
    """(Not parsed: some benches read ``sys.argv`` at import; each option must be one the script defines.)"""
    words = shlex.split(command)
    script = ROOT / next(w for w in words if w.startswith("bench/"))
    assert script.is_file(), f"README runs {script.name}, which is not in bench/"
    source = script.read_text(encoding="utf-8")
    for option in (w.split("=")[0] for w in words if w.startswith("--")):
        assert f'"{option}"' in source, f"README passes {option} to {script.name}, which does not define it"
