"""The Dockerfile keeps its promises: multi-stage, non-root, exec-form CMD, a HEALTHCHECK, pinned base
images, and the seed corpus ingested at build time."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

DOCKERFILE = Path(__file__).resolve().parents[1] / "Dockerfile"


@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str
    line: int


def parse(text: str) -> list[Instruction]:
    """Instructions with `\\` continuations joined and comments dropped (escape directive: backslash)."""
    instructions: list[Instruction] = []
    parts: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if stripped.startswith("#") or (not stripped and not parts):
            continue  # comments (and parser directives) may sit inside a continued instruction too
        if not parts:
            start = number
        if stripped.endswith("\\"):
            parts.append(stripped[:-1].strip())
            continue
        parts.append(stripped)
        keyword, _, args = " ".join(p for p in parts if p).partition(" ")
        instructions.append(Instruction(keyword.upper(), args.strip(), start))
        parts = []
    if parts:
        keyword, _, args = " ".join(parts).partition(" ")
        instructions.append(Instruction(keyword.upper(), args.strip(), start))
    return instructions


@pytest.fixture(scope="module")
def instructions() -> list[Instruction]:
    if not DOCKERFILE.exists():
        pytest.fail(f"{DOCKERFILE} does not exist")
    return parse(DOCKERFILE.read_text())


def _final_stage(instructions: list[Instruction]) -> list[Instruction]:
    last_from = max(i for i, ins in enumerate(instructions) if ins.keyword == "FROM")
    return instructions[last_from:]


def _from_image(args: str) -> tuple[str, str | None]:
    """`FROM [--platform=...] image [AS name]` -> (image, stage name)."""
    words = [w for w in args.split() if not w.startswith("--")]
    name = words[2] if len(words) >= 3 and words[1].lower() == "as" else None
    return words[0], name


def test_parses_to_instructions(instructions: list[Instruction]) -> None:
    assert instructions and instructions[0].keyword in {"FROM", "ARG"}, instructions[:3]


def test_is_multi_stage(instructions: list[Instruction]) -> None:
    stages = [ins for ins in instructions if ins.keyword == "FROM"]
    assert len(stages) >= 2, f"expected at least two FROM stages, found {len(stages)}"


def test_base_images_are_pinned(instructions: list[Instruction]) -> None:
    stage_names: set[str] = set()
    problems = []
    for ins in instructions:
        if ins.keyword == "FROM":
            image, name = _from_image(ins.args)
            if image.lower() not in stage_names | {"scratch"} and "$" not in image:
                last = image.rsplit("/", 1)[-1]
                if "@" not in last and ":" not in last:
                    problems.append(f"line {ins.line}: {image} has no tag (implicitly :latest)")
            if name:
                stage_names.add(name.lower())
    latest = [f"line {ins.line}: {ins.keyword} {ins.args}" for ins in instructions
              if re.search(r":latest\b", ins.args)]
    assert not problems + latest, problems + latest


def test_runs_as_a_non_root_user(instructions: list[Instruction]) -> None:
    users = [ins for ins in _final_stage(instructions) if ins.keyword == "USER"]
    assert users, "the final stage has no USER, so the container runs as root"
    user = users[-1].args.split(":")[0].strip()
    assert user not in {"root", "0", ""}, f"line {users[-1].line}: USER {users[-1].args}"


def test_cmd_is_exec_form(instructions: list[Instruction]) -> None:
    cmds = [ins for ins in _final_stage(instructions) if ins.keyword == "CMD"]
    assert cmds, "the final stage has no CMD"
    try:
        argv = json.loads(cmds[-1].args)
    except json.JSONDecodeError:
        pytest.fail(f"line {cmds[-1].line}: CMD {cmds[-1].args} is shell form, not a JSON array")
    assert isinstance(argv, list) and argv and all(isinstance(a, str) for a in argv), argv


def test_has_a_healthcheck(instructions: list[Instruction]) -> None:
    checks = [ins for ins in _final_stage(instructions) if ins.keyword == "HEALTHCHECK"]
    assert checks, "the final stage has no HEALTHCHECK"
    assert checks[-1].args.upper() != "NONE"
    assert re.search(r"\bCMD\b", checks[-1].args), checks[-1].args


def test_ingests_the_seed_corpus_at_build_time(instructions: list[Instruction]) -> None:
    runs = [ins for ins in instructions if ins.keyword == "RUN"
            and re.search(r"\bcorpus\s+ingest\b[^;&|]*\bseeds\b", ins.args)]
    assert runs, "no RUN instruction runs `corpus ingest seeds`"
