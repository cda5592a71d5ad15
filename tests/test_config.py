from pathlib import Path

import pytest

from voice_interviewer import config
from voice_interviewer.errors import ConfigError


def test_defaults_without_file_or_environment() -> None:
    settings = config.load_settings(environ={})
    assert settings.whisper_model == "base"
    assert settings.device == "auto"
    assert settings.language == "en"


def test_file_then_environment_then_flags(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "config.toml").write_text('whisper_model = "tiny"\nbeam_size = 2\nlanguage = "de"\n')
    environ = {"VOICE_INTERVIEWER_BEAM_SIZE": "3", "VOICE_INTERVIEWER_LANGUAGE": "fr"}
    settings = config.load_settings({"language": "es", "device": None}, environ=environ)
    assert settings.whisper_model == "tiny"  # file
    assert settings.beam_size == 3  # environment beats file
    assert settings.language == "es"  # flag beats environment
    assert settings.device == "auto"  # a flag left out changes nothing


def test_home_moves_data_and_cache(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOICE_INTERVIEWER_CACHE")
    assert config.data_dir() == home
    assert config.cache_dir() == home / "cache"
    assert config.config_path() == home / "config.toml"


@pytest.mark.parametrize(
    ("variable", "cores"), [("3", 3), ("1", 1), (None, 16), ("", 16), ("0", 16), ("two", 16)]
)
def test_automatic_threads_share_out_omp_num_threads(
    monkeypatch: pytest.MonkeyPatch, variable: str | None, cores: int
) -> None:
    """Whisper's and the embedded LLM's automatic thread counts read OMP_NUM_THREADS where it
    holds a positive number, and count every core otherwise."""
    from voice_interviewer.coaching import server

    monkeypatch.setattr(config.os, "cpu_count", lambda: 16)
    if variable is None:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OMP_NUM_THREADS", variable)
    assert config.usable_cores() == cores
    assert server.default_batch_threads() == min(cores, 8)
    assert server.default_threads() == max(1, min(cores - 1, 8))


def test_unknown_key_in_file_is_named(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "config.toml").write_text("whisper_modle = 'tiny'\n")
    with pytest.raises(ConfigError, match="whisper_modle"):
        config.load_settings(environ={})


def test_broken_toml_is_a_config_error(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "config.toml").write_text("whisper_model = \n")
    with pytest.raises(ConfigError, match="config file"):
        config.load_settings(environ={})


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"VOICE_INTERVIEWER_BEAM_SIZE": "wide"}, "BEAM_SIZE must be a whole number"),
        ({"VOICE_INTERVIEWER_DEVICE": "tpu"}, "device must be one of"),
        ({"VOICE_INTERVIEWER_BEAM_SIZE": "0"}, "beam_size must be 1 or more"),
    ],
)
def test_invalid_values_are_rejected(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        config.load_settings(environ=environ)
