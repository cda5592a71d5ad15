"""The HTML progress report: contents, missing recordings, and how it renders in Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from tests.browser import Chromium, PageReport, find_chromium
from tests.store_samples import sample_review
from voice_interviewer.cli import main
from voice_interviewer.config import Settings, pace_band
from voice_interviewer.history import report
from voice_interviewer.history.report import build_report, waveform_envelope
from voice_interviewer.history.store import Store
from voice_interviewer.questions import Question
from voice_interviewer.resources import FIXTURES_DIR

BAND = pace_band(Settings())  # the default pace band

FILLERS_WAV = FIXTURES_DIR / "ml_experience_fillers.wav"
CATEGORIES = ("why-ai-engineering", "ml-experience", "system-design", "biggest-weakness")
QUESTIONS = [
    Question(f"q-{index:02d}", CATEGORIES[index % 4], f"Practice question {index}", 120, ("x",))
    for index in range(10)
]
START = datetime(2026, 9, 1, 8, 0, tzinfo=timezone.utc)


def fill(
    store: Store, count: int, latest_audio: Path | None, questions: list[Question] = QUESTIONS
) -> None:
    """count attempts over the weeks; the latest one's recording is latest_audio."""
    session = store.start_session("drill", started_at=START)
    for index in range(count):
        last = index == count - 1
        audio = latest_audio if last and latest_audio else Path(f"/recordings/gone-{index}.wav")
        store.add_attempt(
            sample_review(index, file=str(audio)),
            session_id=session,
            question=questions[index % len(questions)],
            created_at=START + timedelta(hours=3 * index),
        )


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    executable = find_chromium()
    if executable is None:
        pytest.skip("Chromium is not installed (scripts/setup.sh --test installs it)")
    with Chromium(executable, tmp_path_factory.mktemp("chromium-profile")) as browser:
        yield browser


def render(chromium: Chromium, path: Path) -> PageReport:
    page = chromium.load(path.resolve().as_uri())
    assert page.errors == []
    return page


def test_the_browser_check_does_catch_a_broken_page(chromium: Chromium, tmp_path: Path) -> None:
    """The harness itself: a failed image load and a console error are both reported."""
    page = tmp_path / "broken.html"
    page.write_text('<img src="nowhere.png"><script>console.error("broken")</script>')
    report = chromium.load(page.as_uri())
    assert any("nowhere" in e or "ERR_FILE_NOT_FOUND" in e for e in report.errors)
    assert "broken" in report.errors
    assert report.images[0]["natural"] == [0, 0]


def test_an_empty_history_gives_a_page_that_says_what_to_do(
    chromium: Chromium, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "--out", str(out)]) == 0
    page = render(chromium, out)
    assert "No attempts yet" in page.text
    assert page.images == []


def test_hundreds_of_attempts_render_every_plot(
    chromium: Chromium, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open() as store:
        fill(store, 300, FILLERS_WAV)
    out = tmp_path / "report.html"
    assert main(["report", "--out", str(out)]) == 0
    assert f"Report written to {out}" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html  # nothing to fetch
    page = render(chromium, out)
    assert len(page.images) == 4  # delivery, framing, latest answer, best per question
    for image in page.images:
        assert image["complete"]
        assert min(image["natural"]) > 100 and min(image["shown"]) > 100
    assert "300 attempts in 1 session," in page.text
    assert "Practice question 9" in page.text  # the per-question table
    assert "Recordings no longer on disk (299)" in page.text
    assert "recording unavailable" not in page.text  # the latest one is here


def test_a_missing_recording_of_the_latest_answer_is_named_and_the_page_renders(
    chromium: Chromium, tmp_path: Path
) -> None:
    audio = tmp_path / "latest answer.wav"
    shutil.copy(FILLERS_WAV, audio)
    with Store.open() as store:
        fill(store, 12, audio)
    audio.unlink()
    out = tmp_path / "report.html"
    assert main(["report", "--out", str(out)]) == 0
    page = render(chromium, out)
    assert f"recording unavailable: {audio}: no such file" in page.text
    assert str(audio) in page.text.split("Recordings no longer on disk")[1]
    assert len(page.images) == 4


# Question names as wide as the bank's widest: they push the best-attempt plot's axes right.
LONG_QUESTIONS = [
    Question(
        f"long-{index}",
        CATEGORIES[index % 4],
        f"{index}. What would your teammates say you most need to improve, and how?",
        120,
        ("x",),
    )
    for index in range(10)
]


def test_no_text_in_a_plot_runs_off_its_image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[Figure] = []
    encode = report._png
    monkeypatch.setattr(report, "_png", lambda f, alt: drawn.append(f) or encode(f, alt))
    with Store.open() as store:
        fill(store, 40, FILLERS_WAV, LONG_QUESTIONS)
        build_report(store, BAND)
    assert len(drawn) == 4
    for figure in drawn:
        renderer = FigureCanvasAgg(figure).get_renderer()
        figure.draw(renderer)
        text = figure.get_tightbbox(renderer)  # inches, like the figure's size
        width, height = figure.get_size_inches()
        inside = text.x0 >= 0 and text.y0 >= 0 and text.x1 <= width and text.y1 <= height
        assert inside, f"text over {text.extents.round(2)} on a {width} x {height} in figure"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_report_fits_the_window_at_common_widths(
    chromium: Chromium, tmp_path: Path, width: int
) -> None:
    with Store.open() as store:
        fill(store, 40, FILLERS_WAV, LONG_QUESTIONS)
    out = tmp_path / "report.html"
    assert main(["report", "--out", str(out)]) == 0
    page = chromium.load(out.resolve().as_uri(), width=width)
    assert page.errors == []
    assert page.overflow <= 0  # nothing beyond the right edge: no sideways scrolling
    for image in page.images:
        assert image["shown"][0] <= width


def test_attempts_without_delivery_or_feedback_still_report(tmp_path: Path) -> None:
    with Store.open() as store:
        for seed in range(3):
            store.add_attempt(
                sample_review(seed, file=str(FILLERS_WAV), delivery=False, feedback=False)
            )
        html = build_report(store, BAND)
    assert "Framing scores from the coach: nothing to plot yet." in html
    assert "Attempts per question: nothing to plot yet." in html  # no scores, no fillers
    assert html.count("<img ") == 2  # words per minute over time; the latest waveform


def scored(seed: int, score: int) -> dict:
    review = sample_review(seed, file=str(FILLERS_WAV))
    for point in review["feedback"]["framework"].values():
        point["score"] = score
    return review


def test_where_you_stand_compares_attempts_at_the_same_question_only() -> None:
    """Overall, the first attempts (2, 5) look better than the last (3, and a follow-up's 1);
    at the one question answered twice, the latest (3) is better than the first (2)."""
    why, design = QUESTIONS[0], QUESTIONS[1]
    with Store.open() as store:
        session = store.start_session("drill", started_at=START)
        moments = (START + timedelta(minutes=minute) for minute in range(10))

        def add(review: dict, question: Question, **fields) -> int:
            return store.add_attempt(
                review, session_id=session, question=question, created_at=next(moments), **fields
            )

        first = add(scored(0, 2), why)
        add(scored(1, 5), design)
        add(scored(2, 3), why)
        follow_up = Question("why-f", why.category, "Which threshold did you pick?", 120, ())
        add(scored(0, 1), follow_up, follow_up_of=first)
        page = build_report(store, BAND)
    standing = page.split("<h2>Where you stand</h2>")[1].split("<h2>")[0]
    assert "<td>framing score</td><td class=n>2.0</td><td class=n>3.0</td>" in standing
    assert "<td class=better>better</td>" in standing
    scorecard = page.split("<h2>Scorecard of your latest session</h2>")[1].split("<h2>")[0]
    assert "4 answers" in scorecard
    rows = scorecard.split("<tr>")[2:]  # after the header
    assert f"<td>{why.text}</td>" in rows[0]
    assert "<td class=thread>↳ Which threshold did you pick?</td>" in rows[1]
    assert "What would help most" in scorecard and "<q>" in scorecard
    assert "No earlier session of this kind to compare with." in scorecard
    best = page.split("<h2>Best attempt per question</h2>")[1]
    assert "Which threshold" not in best  # a follow-up is not a question of its own


def test_the_waveform_is_read_in_slices() -> None:
    envelope = waveform_envelope(FILLERS_WAV)
    assert envelope.times.size == envelope.low.size == envelope.high.size
    assert 10 < envelope.times[-1] < 30  # the fixture is about 17 s long
    assert envelope.high.max() > 0.05 and envelope.low.min() < -0.05


def test_report_open_hands_the_file_to_the_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > "{opened}"\n')
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    out = tmp_path / "report.html"
    assert main(["report", "--out", str(out), "--open"]) == 0  # $BROWSER runs to its end
    assert opened.read_text().strip() == out.resolve().as_uri()


@pytest.mark.parametrize("count", [1, 2])
def test_attempts_within_an_hour_get_an_hour_wide_time_axis(count: int) -> None:
    axes = Figure().subplots()
    points = [(START + timedelta(minutes=5 * i), 3.0, "ml-experience") for i in range(count)]
    report._time_series(axes, points, {"ml-experience": "tab:blue"})
    left, right = axes.get_xlim()  # in days
    assert right - left == pytest.approx(1 / 24)
