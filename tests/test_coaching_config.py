"""Coaching settings: defaults, the standard OpenAI variables, validation."""

from __future__ import annotations

import pytest

from voice_interviewer.coaching import CoachOptions
from voice_interviewer.config import load_settings
from voice_interviewer.errors import ConfigError


def test_defaults_use_the_embedded_llm_after_the_rule_coach():
    options = CoachOptions.from_settings(load_settings(environ={}))
    assert (options.mode, options.llm_model, options.base_url) == ("auto", "", "")
    assert options.timeout_s == 60.0 and options.connect_timeout_s == 5.0


def test_openai_variables_configure_the_endpoint_below_our_own():
    environ = {"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1", "OPENAI_API_KEY": "sk-test"}
    options = CoachOptions.from_settings(load_settings(environ=environ))
    assert options.base_url == "http://127.0.0.1:8080/v1" and options.api_key == "sk-test"
    environ["VOICE_INTERVIEWER_LLM_BASE_URL"] = "http://127.0.0.1:9090/v1"
    assert load_settings(environ=environ).llm_base_url == "http://127.0.0.1:9090/v1"


def test_flags_beat_the_environment_and_the_config_file(home):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('llm_model = "from-file"\nllm_timeout = 20\n')
    environ = {"VOICE_INTERVIEWER_LLM_MODEL": "from-env"}
    settings = load_settings({"llm_timeout": 7.5}, environ=environ)
    assert settings.llm_model == "from-env" and settings.llm_timeout == 7.5


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("coach", "maybe", "coach must be one of auto, llm, rules"),
        ("llm_timeout", 0.0, "llm_timeout must be more than 0 seconds"),
        ("llm_connect_timeout", -1.0, "llm_connect_timeout must be more than 0 seconds"),
        ("llm_response_format", "xml", "llm_response_format must be one of"),
        ("llm_threads", -2, "llm_threads must be 0 (automatic) or more"),
    ],
)
def test_invalid_coaching_settings_say_what_is_wrong(key, value, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings({key: value}, environ={})
