"""``python -m factcheck.extraction``: the JSON contract, the table, input handling and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.extraction.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_afe4df272759aabc.txt"
SENTENCE_KEYS = [
    "index", "start", "end", "text", "checkworthiness", "is_claim", "category", "speaker", "quantities"
]  # fmt: skip
QUANTITY_KEYS = ["surface", "start", "end", "value", "low", "high", "qualifier", "unit", "category", "kind"]


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck.extraction", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


class TTY(io.StringIO):
    """A text stream with a binary ``buffer`` like sys.stdin."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)


def check_contract(payload: dict, text: str) -> None:
    assert list(payload) == ["language", "figures_supported", "notes", "sentences"]
    for i, s in enumerate(payload["sentences"]):
        assert list(s) == SENTENCE_KEYS
        assert s["index"] == i
        assert text[s["start"] : s["end"]] == s["text"]
        assert isinstance(s["checkworthiness"], float) and 0 <= s["checkworthiness"] <= 1
        assert isinstance(s["is_claim"], bool)
        assert isinstance(s["category"], str)
        if s["speaker"] is not None:
            assert list(s["speaker"]) == ["name", "start", "end"]
            assert text[s["speaker"]["start"] : s["speaker"]["end"]] == s["speaker"]["name"]
        for q in s["quantities"]:
            assert list(q) == QUANTITY_KEYS
            assert text[q["start"] : q["end"]] == q["surface"]
            assert isinstance(q["qualifier"], str) and isinstance(q["category"], str)
            for key in ("value", "low", "high"):
                assert q[key] is None or isinstance(q[key], int | float)
            if q["low"] is not None and q["high"] is not None and q["low"] != q["high"]:
                assert q["value"] is None  # a range has no single value


def test_json_on_the_seed_file_via_subprocess() -> None:
    result = run_cli(str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout.decode("utf-8"))
    check_contract(payload, SEED.read_text(encoding="utf-8"))
    assert len(payload["sentences"]) == 19
    speakers = [s["speaker"]["name"] for s in payload["sentences"] if s["speaker"]]
    assert "Kremlin spokesman Dmitry Peskov" in speakers


def test_table_is_the_default_and_reads_stdin() -> None:
    result = run_cli(stdin=b"Police said 30 people died.\n\nIt rained.")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0].split() == ["#", "score", "claim", "category", "speaker", "quantities", "sentence"]
    assert len(lines) == 3
    assert "Police" in lines[1] and lines[1].rstrip().endswith("Police said 30 people died.")
    # columns are aligned: the sentence column starts at the same place on every row
    starts = {line.index(text) for line, text in zip(lines[1:], ["Police said", "It rained."], strict=True)}
    assert len(starts) == 1


def test_invalid_utf8_is_a_clear_error_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    result = run_cli(str(bad))
    assert result.returncode == 2
    assert b"not valid UTF-8" in result.stderr
    assert result.stdout == b""


def test_missing_file_exits_2() -> None:
    result = run_cli("/nonexistent/file.txt")
    assert result.returncode == 2
    assert b"cannot read" in result.stderr


def test_in_process_json_with_utf8_bom_and_unicode() -> None:
    text = "Le président a dit: \u201cC\u2019est fini.\u201d Plus de 3 000 personnes ont fui."
    out = io.StringIO()
    assert main(["-", "--format", "json"], stdin=TTY(("\ufeff" + text).encode("utf-8")), stdout=out) == 0
    payload = json.loads(out.getvalue())
    check_contract(payload, text)  # offsets refer to the text after the BOM is removed
    assert "président" in out.getvalue()  # not \u-escaped


def test_in_process_table_and_empty_input() -> None:
    out = io.StringIO()
    assert main(["-"], stdin=TTY(b""), stdout=out) == 0
    assert out.getvalue().split() == ["#", "score", "claim", "category", "speaker", "quantities", "sentence"]
    out = io.StringIO()
    assert main(["-", "--format", "json"], stdin=TTY(b"   "), stdout=out) == 0
    assert json.loads(out.getvalue())["sentences"] == []


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["-", "--format", "xml"], stdin=TTY(b"x"), stdout=io.StringIO())
    assert exc.value.code == 2
