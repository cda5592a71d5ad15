"""One Settings object: defaults < config file < environment variables < command-line flags.

The whole data folder (database, recordings, model cache, config file) moves with the
environment variable VOICE_INTERVIEWER_HOME; without it the platform's user folders are used.
Every setting can be given as VOICE_INTERVIEWER_<NAME> (for example
VOICE_INTERVIEWER_WHISPER_MODEL) or as NAME = value in the config file.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from typing import Any, NamedTuple

import platformdirs

from voice_interviewer.errors import ConfigError

APP_NAME = "voice-interviewer"
HOME_ENV = "VOICE_INTERVIEWER_HOME"
CONFIG_ENV = "VOICE_INTERVIEWER_CONFIG"
CACHE_ENV = "VOICE_INTERVIEWER_CACHE"
ENV_PREFIX = "VOICE_INTERVIEWER_"

DEVICES = ("auto", "cpu", "cuda")
COMPUTE_TYPES = ("auto", "int8", "int8_float16", "float16", "float32")
COACH_MODES = ("auto", "llm", "rules")
LLM_RESPONSE_FORMATS = ("auto", "json_schema", "json_object")
# What the LLM coach writes: the whole framing feedback, or only the interviewer's follow-up
# question (the rest from the rule coach). auto: the follow-up for the embedded model, which
# does that job well and the others badly (BENCHMARKS.md, "LLM jobs"); everything for an
# endpoint.
LLM_JOBS = ("auto", "feedback", "follow-up")
# Standard environment variables read as settings (below the VOICE_INTERVIEWER_ ones).
ENV_ALIASES = {"llm_base_url": "OPENAI_BASE_URL", "llm_api_key": "OPENAI_API_KEY"}


def _home() -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    """The user's data folder: database and recordings."""
    home = _home()
    return home if home else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    """Rebuildable files: the joined embedded models. VOICE_INTERVIEWER_CACHE moves it alone."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME))


def usable_cores() -> int:
    """The cores the automatic thread counts (cpu_threads and llm_threads at 0) share out:
    OMP_NUM_THREADS where it holds a positive number, otherwise every core.

    OMP_NUM_THREADS is how a machine shared by several processes says how many threads each
    may run (OpenBLAS and OpenMP read it too). Whisper and llama.cpp are each given their
    thread count explicitly, which overrides the variable, so it is read here: threads beyond
    a process's share wait for each other by spinning. The test suite runs three processes on
    two cores with OMP_NUM_THREADS=1 (scripts/test.sh, measured in BENCHMARKS.md).
    """
    value = os.environ.get("OMP_NUM_THREADS", "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return os.cpu_count() or 1


def config_path() -> Path:
    explicit = os.environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    home = _home()
    return (
        home / "config.toml"
        if home
        else Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"
    )


class PaceBand(NamedTuple):
    """A conversational pace in words per minute: slower drags, faster rushes."""

    low: float
    high: float


@dataclass(frozen=True)
class Settings:
    """Everything a run can be configured with. Field names are the config-file keys."""

    # Speech recognition: "base" is the embedded Whisper base model; any faster-whisper model
    # name or a local CTranslate2 model folder works too.
    whisper_model: str = "base"
    device: str = "auto"
    compute_type: str = "auto"
    language: str = "en"
    beam_size: int = 5
    cpu_threads: int = 0  # 0: one per core (usable_cores)
    # Practice history: how long a write waits for another program holding the database.
    history_busy_timeout_s: float = 10.0
    # Fillers: give Whisper filler hotwords so it writes "um" and "uh" down itself (on by
    # default), and check and complete them from the audio. Without the hotwords Whisper
    # cleaned away most fillers of real speakers and the audio alone recovered few of them;
    # with them, chunks that fit one window and a token cap keep its loops on "um" short
    # (bench/real_fillers.py).
    keep_fillers: bool = True
    filled_pauses_from_audio: bool = True
    # With the hotwords, `review` decodes the answer this many times, each started a little
    # later, and counts a vocal filler where most readings find one: one reading's fillers
    # are a draw (bench/real_fillers.py). 1: one reading, a third of the time.
    filler_readings: int = 3
    # Delivery targets (sources in voice_interviewer/analysis/pace.py).
    pace_min_wpm: float = 120.0
    pace_max_wpm: float = 160.0
    pace_window_s: float = 10.0
    long_pause_s: float = 2.0
    first_word_delay_s: float = 3.0
    # Rehearsed phrasing: the shortest verbatim run flagged, against scripts and against
    # earlier attempts at the same question.
    verbatim_min_words: int = 8
    attempt_min_words: int = 12
    # Drill: sound devices ("" is the system default; a device number or part of its name
    # picks one), the espeak-ng voice and rate (words per minute) of the questions, the
    # countdown before recording, and the trailing silence that ends an answer (0: off).
    input_device: str = ""
    output_device: str = ""
    voice: str = "gmw/en-us"
    speech_rate: int = 165
    countdown_s: float = 3.0
    silence_s: float = 4.0
    # Coaching: "auto" shows the rule coach at once, then the LLM coach; "llm" the LLM coach
    # only; "rules" the rule coach only. The LLM is the embedded local model unless
    # llm_base_url (or OPENAI_BASE_URL) names an OpenAI-compatible endpoint.
    coach: str = "auto"
    llm_model: str = ""  # "" or "embedded": the embedded model; else the endpoint's model name
    llm_base_url: str = ""
    llm_api_key: str = ""  # better in OPENAI_API_KEY than in the config file
    llm_timeout: float = 60.0  # seconds for the whole feedback, retry included
    llm_connect_timeout: float = 5.0
    llm_response_format: str = "auto"  # structured output: auto, json_schema or json_object
    llm_threads: int = 0  # threads of the embedded LLM; 0: one fewer than usable_cores
    llm_job: str = "auto"  # one of LLM_JOBS
    # With no endpoint set and the default model: use an LLM server already running on this
    # machine (Ollama, LM Studio, llama.cpp's llama-server) before the embedded model.
    llm_discover: bool = True

    def __post_init__(self) -> None:
        for check in (_check_transcription, _check_delivery, _check_drill, _check_coaching):
            check(self)
        if self.history_busy_timeout_s < 0:
            raise ConfigError(
                f"history_busy_timeout_s must be 0 or more, not {self.history_busy_timeout_s}"
            )


def _check_transcription(settings: Settings) -> None:
    _check_choice("device", settings.device, DEVICES)
    _check_choice("compute_type", settings.compute_type, COMPUTE_TYPES)
    if settings.beam_size < 1:
        raise ConfigError(f"beam_size must be 1 or more, not {settings.beam_size}")
    if settings.cpu_threads < 0:
        raise ConfigError(f"cpu_threads must be 0 (automatic) or more, not {settings.cpu_threads}")


def _check_delivery(settings: Settings) -> None:
    if not 0 < settings.pace_min_wpm < settings.pace_max_wpm:
        raise ConfigError(
            f"pace_min_wpm ({settings.pace_min_wpm}) must be above 0 and below pace_max_wpm "
            f"({settings.pace_max_wpm})"
        )
    if settings.pace_window_s <= 0 or settings.long_pause_s <= 0 or settings.first_word_delay_s < 0:
        raise ConfigError(
            "pace_window_s and long_pause_s must be above 0, first_word_delay_s 0 or more"
        )
    if settings.filler_readings not in (1, 3, 5):
        raise ConfigError(
            f"filler_readings must be 1, 3 or 5 (an odd number for a majority), not "
            f"{settings.filler_readings}"
        )
    if min(settings.verbatim_min_words, settings.attempt_min_words) < 4:
        raise ConfigError("verbatim_min_words and attempt_min_words must be 4 or more")


def _check_drill(settings: Settings) -> None:
    if not 50 <= settings.speech_rate <= 500:
        raise ConfigError(
            f"speech_rate must be 50 to 500 words per minute, not {settings.speech_rate}"
        )
    if settings.countdown_s < 0 or settings.silence_s < 0:
        raise ConfigError("countdown_s and silence_s must be 0 or more seconds")


def _check_coaching(settings: Settings) -> None:
    _check_choice("coach", settings.coach, COACH_MODES)
    _check_choice("llm_response_format", settings.llm_response_format, LLM_RESPONSE_FORMATS)
    _check_choice("llm_job", settings.llm_job, LLM_JOBS)
    if settings.llm_threads < 0:
        raise ConfigError(f"llm_threads must be 0 (automatic) or more, not {settings.llm_threads}")
    for name in ("llm_timeout", "llm_connect_timeout"):
        if getattr(settings, name) <= 0:
            raise ConfigError(f"{name} must be more than 0 seconds, not {getattr(settings, name)}")


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}, not {value!r}")


def _coerce(name: str, raw: Any, kind: type) -> Any:
    """Turn a config-file or environment value into the field's type."""
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind is float and isinstance(raw, int | float | str) and not isinstance(raw, bool):
            return float(raw)
        if kind is int and not isinstance(raw, bool | float):
            return int(raw)
        if kind is str and isinstance(raw, str):
            return raw
    except ValueError:
        pass
    raise ConfigError(f"{name} must be {_KIND_NAMES[kind]}, not {raw!r}")


_FIELD_TYPES = {"str": str, "int": int, "float": float, "bool": bool}
_KIND_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}


def _field_types() -> dict[str, type]:
    return {f.name: _FIELD_TYPES[str(f.type).replace(" | None", "")] for f in fields(Settings)}


def _from_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the config file {path}: {exc}") from None
    types = _field_types()
    unknown = sorted(set(data) - set(types))
    if unknown:
        raise ConfigError(
            f"unknown key(s) {', '.join(unknown)} in {path}; valid keys: {', '.join(types)}"
        )
    return {key: _coerce(f"{key} in {path}", value, types[key]) for key, value in data.items()}


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, alias in ENV_ALIASES.items():
        if environ.get(alias):
            values[name] = environ[alias]
    for name, kind in _field_types().items():
        env_name = ENV_PREFIX + name.upper()
        if environ.get(env_name):
            values[name] = _coerce(env_name, environ[env_name], kind)
    return values


def pace_band(settings: Settings) -> PaceBand:
    """The pace the review, the history and the report all judge against."""
    return PaceBand(settings.pace_min_wpm, settings.pace_max_wpm)


def load_settings(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Defaults, then the config file, then environment variables, then flags (overrides)."""
    environ = os.environ if environ is None else environ
    values = _from_file(config_path())
    values.update(_from_env(environ))
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return dataclasses.replace(Settings(), **values)
