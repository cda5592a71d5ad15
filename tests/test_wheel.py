"""The wheel carries its data: built from this checkout and installed into a fresh virtual
environment, away from the checkout, the program finds its question bank, prompts and bundled
recordings (`pipx install` gets the same wheel).

Nothing is downloaded. The wheel is built without build isolation, with this environment's
setuptools (the test extra brings setuptools>=77), from a copy of the files it is made of. The
new environment gets the wheel alone; a .pth file lets it import the dependencies already
installed here, but not the editable checkout (a .pth file named in a .pth file is not read).
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import site
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

import pytest

from voice_interviewer.questions import load_questions
from voice_interviewer.resources import FIXTURES_DIR, PROJECT_ROOT, PROMPTS_DIR

# What the wheel is made of (pyproject.toml names the rest), plus any licence file.
BUILD_SOURCES = ("pyproject.toml", "README.md", "voice_interviewer", "prompts", "audio_fixtures")
# The folders of the checkout that the wheel maps into the package (pyproject.toml).
DATA_FOLDERS = {
    "prompts": "voice_interviewer/prompts",
    "audio_fixtures": "voice_interviewer/audio_fixtures",
}
DEMO_FIXTURE = "why_ai_engineering"


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    python: Path
    program: Path
    package: Path  # the installed voice_interviewer/


@dataclass(frozen=True)
class Outside:
    cwd: Path
    env: dict[str, str]


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=180, check=False, **kwargs
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _checkout_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _build_wheel(work: Path) -> Path:
    major = int(importlib.metadata.version("setuptools").split(".")[0])
    assert major >= 77, (
        f"setuptools {importlib.metadata.version('setuptools')} cannot build this project "
        "(pyproject.toml needs setuptools>=77): install the test extra (scripts/setup.sh --test)"
    )
    source = work / "source"
    source.mkdir()
    names = [*BUILD_SOURCES, *(p.name for p in PROJECT_ROOT.glob("LICEN[CS]E*"))]
    for name in names:
        path = PROJECT_ROOT / name
        if path.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            shutil.copy2(path, source / name)
    dist = work / "dist"
    offline = ("--quiet", "--no-deps", "--no-build-isolation", "--no-index")
    _run([sys.executable, "-m", "pip", "wheel", *offline, "-w", str(dist), str(source)], cwd=work)
    [wheel] = dist.glob("voice_interviewer-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(work)
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    _run([*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)], cwd=work)
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=work
    ).stdout.strip()
    # The dependencies installed here, after the new environment's own site-packages.
    (Path(purelib) / "_installed_dependencies.pth").write_text(
        "".join(f"{folder}\n" for folder in site.getsitepackages()), encoding="utf-8"
    )
    package = Path(purelib) / "voice_interviewer"
    return Installed(wheel, venv, python, venv / "bin" / "voice-interviewer", package)


@pytest.fixture
def outside(tmp_path: Path, home: Path) -> Outside:
    """A working folder away from the checkout and the program's environment: no sound
    server (nothing is played), the rule coach (conftest.py), wide lines, no PYTHONPATH."""
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    no_sound = tmp_path / "no-sound"
    no_sound.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        XDG_RUNTIME_DIR=str(no_sound),
        PIPEWIRE_RUNTIME_DIR=str(no_sound),
        PULSE_SERVER=f"unix:{no_sound}/none",
        COLUMNS="200",
    )
    return Outside(cwd, env)


def _program(
    installed: Installed, outside: Outside, *args: str
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(installed.program), *args],
        cwd=outside.cwd,
        env=outside.env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_the_checkout_finds_its_data_through_importlib_resources() -> None:
    """The editable install (scripts/setup.sh) maps the folders at the top of the checkout."""
    assert importlib_resources.files("voice_interviewer.prompts") == PROJECT_ROOT / "prompts"
    assert PROMPTS_DIR == PROJECT_ROOT / "prompts"
    assert FIXTURES_DIR == PROJECT_ROOT / "audio_fixtures"


def test_the_wheel_holds_every_module_and_data_file(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = {
        p.relative_to(PROJECT_ROOT).as_posix()
        for p in _checkout_files(PROJECT_ROOT / "voice_interviewer")
        if p.suffix in (".py", ".json")  # the modules and the word model
    }
    for folder, packaged in DATA_FOLDERS.items():
        expected |= {
            f"{packaged}/{p.relative_to(PROJECT_ROOT / folder).as_posix()}"
            for p in _checkout_files(PROJECT_ROOT / folder)
        }
    missing = sorted(expected - names)
    assert not missing, (
        f"not in the wheel: {missing}; a new subpackage of voice_interviewer/ must be listed "
        "in [tool.setuptools] packages in pyproject.toml"
    )
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_installed_program_imports_and_reads_only_the_wheel(
    installed: Installed, outside: Outside
) -> None:
    probe = (
        "import voice_interviewer, voice_interviewer.resources as r; "
        "print(voice_interviewer.__file__); print(r.PROMPTS_DIR); print(r.FIXTURES_DIR)"
    )
    result = subprocess.run(
        [str(installed.python), "-c", probe],
        cwd=outside.cwd,
        env=outside.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        assert Path(line).is_relative_to(installed.venv), result.stdout
        assert not Path(line).is_relative_to(PROJECT_ROOT), result.stdout
    assert len(result.stdout.splitlines()) == 3, result.stdout


def test_questions_from_the_wheel(installed: Installed, outside: Outside) -> None:
    result = _program(installed, outside, "questions")
    for bank in sorted((PROJECT_ROOT / "prompts" / "questions").glob("*.toml")):
        assert bank.stem in result.stdout, f"no {bank.stem} question listed:\n{result.stdout}"


def test_review_of_a_bundled_transcript_from_the_wheel(
    installed: Installed, outside: Outside
) -> None:
    """A plain-text transcript: the question bank (the rubric of --question-id), the built-in
    scripts of the rehearsal check and the rule coach, all read from the wheel."""
    transcript = installed.package / "audio_fixtures" / f"{DEMO_FIXTURE}.txt"
    [question] = [q for q in load_questions() if q.id == "why-01"]
    result = _program(
        installed,
        outside,
        "review",
        "--no-save",
        "--question-id",
        question.id,
        "--transcript",
        str(transcript),
    )
    assert "ticket routing service" in result.stdout
    assert question.text in result.stdout
    assert question.rubric[0] in result.stdout


def test_demo_from_the_wheel(installed: Installed, outside: Outside) -> None:
    """The bundled answer, transcribed with the embedded Whisper model (from the dependencies
    installed here) and reviewed."""
    result = _program(installed, outside, "demo", "--no-voice", "--countdown", "0")
    assert f"{DEMO_FIXTURE}.wav" in result.stdout
    assert "words per minute" in result.stdout
    assert "ticket routing" in result.stdout
