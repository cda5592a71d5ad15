"""analyse_delivery as one stage: settings, audio fillers merged in time order, the JSON object."""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_filled_pauses import WORDS, _signal
from voice_interviewer import config
from voice_interviewer.analysis.delivery import DeliveryOptions, analyse_delivery
from voice_interviewer.errors import ConfigError
from voice_interviewer.transcription.transcript import Transcript
from voice_interviewer.transcription.whisper import FILLER_PROMPT, TranscriptionOptions


def test_settings_reach_the_analysis_and_the_transcriber() -> None:
    settings = config.load_settings(
        {"pace_max_wpm": 170.0, "verbatim_min_words": 10, "keep_fillers": False}, environ={}
    )
    options = DeliveryOptions.from_settings(settings)
    assert options.pace.max_wpm == 170.0
    assert options.rehearsal.verbatim_min_words == 10
    assert TranscriptionOptions.from_settings(settings).hotwords is None
    default = TranscriptionOptions.from_settings(config.load_settings(environ={}))
    assert default.hotwords == FILLER_PROMPT  # the filler hotwords are the default


@pytest.mark.parametrize(
    "values",
    [
        {"pace_min_wpm": 170.0, "pace_max_wpm": 160.0},
        {"long_pause_s": 0.0},
        {"verbatim_min_words": 2},
    ],
)
def test_impossible_targets_are_refused(values: dict) -> None:
    with pytest.raises(ConfigError):
        config.load_settings(values, environ={})


def test_environment_sets_a_delivery_target() -> None:
    settings = config.load_settings(environ={"VOICE_INTERVIEWER_PACE_MIN_WPM": "110"})
    assert settings.pace_min_wpm == 110.0


def test_fillers_heard_in_the_audio_join_the_report_in_time_order() -> None:
    hum = _signal(lambda t: 0.3 * np.sin(2 * np.pi * 110 * t)).astype(np.float32)
    transcript = Transcript("We built it.", WORDS, 3.0, "en", "test", "cpu")
    plain_whisper = DeliveryOptions(hotwords=False)  # with them, no gap beside fillers
    delivery = analyse_delivery(transcript, hum, options=plain_whisper)
    data = delivery.to_json()
    assert data["filler_count"] == 1
    assert data["fillers"][0]["source"] == "audio"
    assert data["fillers"][0]["word_index"] is None
    assert data["fillers_per_minute"] == pytest.approx(1 / (1.8 / 60), abs=0.01)
    without_audio = analyse_delivery(
        transcript, hum, options=DeliveryOptions(filled_pauses_from_audio=False, hotwords=False)
    )
    assert without_audio.fillers.count == 0


def test_the_delivery_object_follows_the_contract() -> None:
    data = analyse_delivery(Transcript.from_text("Um, I like it, you know.")).to_json()
    assert data == {
        "fillers": [
            {
                "text": "Um",
                "kind": "vocal",
                "start": None,
                "end": None,
                "word_index": 0,
                "source": "transcript",
            },
            {
                "text": "you know",
                "kind": "crutch",
                "start": None,
                "end": None,
                "word_index": 4,
                "source": "transcript",
            },
        ],
        "filler_count": 2,
        "fillers_per_minute": None,
        "fillers_per_100_words": 33.33,
        "top_crutches": [["you know", 1]],
        "rehearsal": {"flags": []},
    }
