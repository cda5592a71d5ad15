"""The rule coach, one rubric point and one strategic mistake at a time, near-misses included.

These are the rules alone; the word model beside them is tested in test_answer_model.py.
"""

from __future__ import annotations

import gc
import re
import sys

import pytest

from voice_interviewer.coaching.answer_model import shipped_model
from voice_interviewer.coaching.follow_up import fits_scenario
from voice_interviewer.coaching.rules import rule_feedback as coach_feedback
from voice_interviewer.coaching.rules.judgments import rigor_kinds
from voice_interviewer.coaching.rules.rewrites import (
    _FOLLOW_UPS,
    changes_framing,
    clean_sentence,
    follow_up_point,
)
from voice_interviewer.coaching.rules.signals import Words, _boundary_shared, _sentences
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    MISTAKE_KINDS,
    CoachRequest,
    Feedback,
    feedback_schema,
)
from voice_interviewer.questions import load_questions
from voice_interviewer.resources import PROJECT_ROOT


def rule_feedback(request: CoachRequest) -> Feedback:
    return coach_feedback(request, word_model=False)


def score(text: str, point: str, category: str | None = None) -> int:
    return rule_feedback(CoachRequest(text, category=category)).framework[point].score


def evidence(text: str, point: str, category: str | None = None) -> str:
    return rule_feedback(CoachRequest(text, category=category)).framework[point].evidence


def mistakes(text: str, category: str | None = None) -> list[str]:
    return [m.kind for m in rule_feedback(CoachRequest(text, category=category)).mistakes]


# --- production problem first --------------------------------------------------------------
def test_a_concrete_problem_first_scores_high():
    text = (
        "At my last job, um, our support tickets kept getting misrouted. "
        "So I looked at LLMs to classify them."
    )
    assert score(text, "production_problem") == 5


def test_excitement_before_the_problem_scores_low():
    text = (
        "I've always been super excited about AI, it's amazing. "
        "Later we also had a problem with ticket routing."
    )
    assert score(text, "production_problem") == 2


def test_only_excitement_scores_lowest():
    assert (
        score("Honestly, I'm just fascinated by GPT and what it can do.", "production_problem") == 1
    )


def test_a_problem_only_after_the_technology_does_not_count_as_starting_with_it():
    """The guide: start with the problem. One named only after the tech is not a start."""
    text = (
        "I started playing with embeddings and vector search on weekends. "
        "I read a lot of papers about transformers. "
        "Then I noticed we had a real problem with search at work."
    )
    assert score(text, "production_problem") == 2


# --- engineering rigor ----------------------------------------------------------------------
def test_rigor_words_raise_the_score():
    text = (
        "We added retries and a fallback to keyword search, regression tests on a golden set, "
        "monitoring with alerts, a canary rollout with rollback, and tracked latency and cost."
    )
    assert score(text, "engineering_rigor") == 5


def test_no_rigor_words_scores_lowest():
    assert score("I built a chatbot and it was really cool.", "engineering_rigor") == 1


def test_one_rigor_word_is_weak():
    assert score("We put some monitoring on it and moved on.", "engineering_rigor") == 2


# --- business impact ------------------------------------------------------------------------
def test_a_business_result_with_a_number_scores_high():
    text = "It cut the support team's handling time by 40 percent, about 300 hours a month."
    assert score(text, "business_impact") == 5


def test_an_outcome_without_a_number_is_middling():
    assert score("Customers were a lot happier and support saved time.", "business_impact") == 3


def test_a_technical_metric_alone_is_not_business_impact():
    text = "Retrieval precision went to 0.9 and latency was 300 milliseconds."
    assert score(text, "business_impact") == 2


@pytest.mark.parametrize(
    ("harm_or_other_sense", "outcome"),
    [
        (
            "Escalations to second line went up by around 30 percent those two days.",
            "Escalations to second line went down by 30 percent after the fix.",
        ),
        (
            "Our checkout went down for twenty five minutes, 40,000 in lost orders.",
            "Complaints went down from forty a week to ten.",
        ),
        (
            "Long contracts got cut off silently for a week, customers saw half answers.",
            "We cut the customers' waiting time by a third.",
        ),
        (
            "It moves the passenger from flight X to flight Y and the customer confirms.",
            "Claims went from two days to an hour for the customers.",
        ),
        (
            "Our order-notes search went down during a release, for half a day, the customers "
            "waited.",
            "The customers' waiting went down by half a day after the release.",
        ),
        (
            "I'd use Elasticsearch for the keyword half of the search, fewer moving parts for the "
            "claims team.",
            "Fewer parts came back from the customers' inspection, about half as many.",
        ),
        (
            "The insights team did a similar thing for sentiment and they halved their "
            "customers' turnaround.",
            "We built something similar and the customers' calls halved.",
        ),
        (
            "The federation next to ours bought a triage product and their patients' queue has "
            "halved.",
            "Our triage tool went live and the patients' queue has halved.",
        ),
    ],
)
def test_a_problems_harm_or_another_sense_of_a_change_word_is_no_outcome(
    harm_or_other_sense: str, outcome: str
) -> None:
    assert score(harm_or_other_sense, "business_impact") < 3
    assert score(outcome, "business_impact") == 5


def test_no_outcome_scores_lowest():
    assert score("I used a vector database and a reranker.", "business_impact") == 1


# --- honest about gaps ----------------------------------------------------------------------
def test_a_gap_then_a_strength_scores_high():
    text = (
        "I don't have model training experience and I'm not positioning for that. "
        "What I bring is production engineering rigor applied to AI systems."
    )
    assert score(text, "honest_gaps") == 5


def test_the_guides_near_miss_is_honest_framing_not_an_apology():
    text = "I don't have traditional ML experience, and I've chosen to invest in evaluation."
    assert score(text, "honest_gaps") == 5
    assert "apologising-for-background" not in mistakes(text)


def test_a_gap_left_hanging_scores_low():
    text = "I don't have any machine learning experience. We used Python mostly."
    assert score(text, "honest_gaps") == 2


def test_an_apology_scores_lowest():
    text = "Unfortunately I don't have a real ML background, sorry about that."
    assert score(text, "honest_gaps") == 1


def test_no_gap_named():
    assert score("We shipped it and it worked well.", "honest_gaps") == 2


# --- strategic mistakes ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately I don't have traditional ML experience.",
        "I don't have any machine learning background, so, um, yeah.",
        "I'm not a real ML engineer, I know.",
        "I don't have a machine learning degree.",
    ],
)
def test_apologising_for_the_background(text):
    assert "apologising-for-background" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't have a machine learning degree, but I've built and shipped three RAG systems.",
        "I don't have traditional ML experience, and I've chosen to invest in evaluation instead.",
        "I have a strong ML background from my masters.",
        "I won't apologise for this, but no, I've never trained a model; I ship the systems.",
        "No apologies: I've never trained a model, and what I bring is running them reliably.",
    ],
)
def test_apology_near_misses(text):
    assert "apologising-for-background" not in mistakes(text)


def test_an_apology_refused_is_none_but_one_said_is():
    refused = "I'm not going to apologise for it: I've never trained a model."
    said = "I'm going to apologise for it: I've never trained a model."
    assert "apologising-for-background" not in mistakes(refused, "ml-experience")
    assert "apologising-for-background" in mistakes(said, "ml-experience")


@pytest.mark.parametrize(
    "text",
    [
        "I was just a backend engineer, so this is new.",
        "Honestly I'm only a web developer.",
        "It was nothing fancy, just CRUD stuff.",
    ],
)
def test_minimising_swe_experience(text):
    assert "minimising-swe-experience" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was a backend engineer, and I built systems that served 10 million requests a day.",
        "I'm not just a backend engineer; I ran the platform team.",
        "It took just a week to ship.",
    ],
)
def test_minimising_near_misses(text):
    assert "minimising-swe-experience" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI is hot right now and I want to be part of it.",
        "Everyone is moving into AI, so I figured I should too.",
        "Honestly, it pays better, and that's where the money is.",
    ],
)
def test_ai_is_hot(text):
    assert "ai-is-hot" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's not because AI is hot; I kept hitting problems rules could not solve.",
        "Everyone is excited about AI, but few can run it in production.",
    ],
)
def test_ai_is_hot_near_misses(text):
    assert "ai-is-hot" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not as good as the ML researchers on the team, obviously.",
        "Compared to a data scientist I'm pretty weak on the math.",
        "PhDs know way more than me about this.",
    ],
)
def test_comparing_to_researchers(text):
    assert "comparing-to-researchers" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not competing with ML researchers; I'm competing with other AI engineers.",
        "I worked closely with data scientists on the ranking model.",
    ],
)
def test_comparing_near_misses(text):
    assert "comparing-to-researchers" not in mistakes(text)


def test_overselling_and_its_near_miss():
    assert "overselling-ai" in mistakes("I'm an expert in deep learning and transformers.")
    assert "overselling-ai" not in mistakes("I'm not an expert in deep learning, to be clear.")


def test_the_rules_read_any_case_and_a_letter_whose_lowercase_is_longer():
    """The patterns read the text lowercased; "İ" lowercases to two characters, and a sentence
    with it is read case-blind as it is, its quote unchanged."""
    for said in (
        "I'M AN EXPERT IN DEEP LEARNING.",
        "At İzmir Airport I'm an expert in deep learning.",
    ):
        found = rule_feedback(CoachRequest(said)).mistakes
        assert [m.kind for m in found] == ["overselling-ai"]
        assert found[0].quote == said


def test_tools_before_requirements_in_system_design():
    text = "I'd use LangChain and Pinecone. What's the latency budget though?"
    assert "tools-before-requirements" in mistakes(text, "system-design")


def test_tools_after_requirements_are_fine():
    text = (
        "Before I design anything: what's the latency budget, and is the corpus static? "
        "Then for retrieval I'd probably start with pgvector."
    )
    assert "tools-before-requirements" not in mistakes(text, "system-design")


def test_tools_first_outside_system_design_is_not_flagged():
    assert "tools-before-requirements" not in mistakes("I used LangChain for my project.")


# --- the question's rubric, rewrites, follow-up -----------------------------------------------
def test_a_rubric_point_no_check_decides_is_left_unjudged_not_guessed_from_its_words():
    point = "keeps stakeholders informed while working"
    request = CoachRequest("I kept the stakeholders informed while working on it.", rubric=(point,))
    feedback = rule_feedback(request)
    assert (feedback.rubric_hit, feedback.rubric_missed) == ((), ())
    assert feedback.rubric_unjudged == (point,)
    assert feedback.to_json()["rubric"] == {"hit": [], "missed": [], "unjudged": [point]}


def test_a_bank_point_in_other_words_goes_to_the_check_that_judges_it():
    point = "asks about latency budget, policy update rate and failure UX before naming tools"
    asks = "Before I design anything: what's the latency budget? How often do policies change?"
    request = CoachRequest(asks, rubric=(point,), category="system-design")
    assert rule_feedback(request).rubric_hit == (point,)
    tools = CoachRequest(
        "I'd use LangChain and Pinecone.", rubric=(point,), category="system-design"
    )
    assert rule_feedback(tools).rubric_missed == (point,)


def test_rewrites_quote_the_weak_sentences_and_keep_the_speakers_words():
    text = "So, um, I was just a backend engineer. AI is hot right now."
    feedback = rule_feedback(CoachRequest(text))
    assert [r.original for r in feedback.rewrites] == [
        "So, um, I was just a backend engineer.",
        "AI is hot right now.",
    ]
    assert all(r.rewrite for r in feedback.rewrites)


def test_no_rewrite_only_tidies_a_sentence():
    """Without a strategic mistake there is nothing to reframe: fillers are the delivery
    analysis's to report, so no "rewrite" that only drops them is shown (issue 13)."""
    wordy = "So, um, at my last job, like, the routing kept, you know, breaking at 3 ,000 a day."
    assert rule_feedback(CoachRequest(wordy)).rewrites == ()
    reframed = rule_feedback(CoachRequest("So, um, I was just a backend engineer.")).rewrites
    assert len(reframed) == 1 and changes_framing(reframed[0].original, reframed[0].rewrite)
    assert not changes_framing("I was, um, just a dev, right.", "I was just a dev right")


@pytest.mark.parametrize(
    "answer",
    [
        "Um, sorry, I know I'm not a proper ML person, I didn't do a PhD or anything like the "
        "researchers who actually invent this stuff, and I'll never be at their level.",
        "I'm sorry, I know I'll never be as good as the people who build the models, the "
        "researchers, they're on another level, and I don't have the maths for that.",
    ],
)
def test_no_rewrite_shown_still_makes_a_strategic_mistake(answer: str) -> None:
    """Taking the apology out of a sentence can leave another mistake in it: a rewrite that
    still sets the speaker against researchers is not shown (the mistakes are still reported)."""
    feedback = rule_feedback(CoachRequest(answer, category="why-ai-engineering"))
    assert feedback.mistakes
    for rewrite in feedback.rewrites:
        alone = CoachRequest(rewrite.rewrite, category="why-ai-engineering")
        assert rule_feedback(alone).mistakes == ()


def test_cleaning_keeps_words_that_only_look_like_fillers():
    assert clean_sentence("So, um, I was, like, you know, building it.") == "So I was building it."
    assert clean_sentence("I would like to build the kind of thing.") == (
        "I would like to build the kind of thing."
    )


def test_the_follow_up_targets_the_weakest_point():
    feedback = rule_feedback(CoachRequest("We had an outage problem. It was cool."))
    assert "garbage at 2 AM" in feedback.follow_up


def test_the_rule_coach_fills_every_field_the_schema_asks_for():
    feedback = rule_feedback(CoachRequest("We had a problem.", rubric=("a", "b")))
    assert set(feedback.framework) == set(FRAMEWORK_POINTS)
    assert all(1 <= p.score <= 5 and p.evidence for p in feedback.framework.values())
    assert len(feedback.rubric_hit + feedback.rubric_missed + feedback.rubric_unjudged) == 2
    data = feedback.to_json()
    assert data["coach"] == "rules" and data["llm"] is None and data["model"] is None
    assert set(feedback_schema(2)["properties"]["framework"]["required"]) == set(FRAMEWORK_POINTS)


def test_fillers_inside_a_phrase_do_not_hide_it_and_quotes_keep_them():
    text = "Before this I was, um, just a backend engineer. I don't have, uh, any ML background."
    found = rule_feedback(CoachRequest(text)).mistakes
    assert [(m.kind, m.quote) for m in found] == [
        ("apologising-for-background", "I don't have, uh, any ML background."),
        ("minimising-swe-experience", "Before this I was, um, just a backend engineer."),
    ]


# --- issue 13: answers in other people's words ------------------------------------------------
def feedback_for(text: str, category: str | None = None, question: str | None = None):
    return rule_feedback(CoachRequest(text, question=question, category=category))


def test_a_gap_and_its_strength_in_one_sentence():
    """The issue's example: the strength follows the gap after "but" and "and that's"."""
    text = (
        "I haven't trained models myself, but that project showed me that the reliability work "
        "is where these systems succeed or fail, and that's the work I want to do."
    )
    assert score(text, "honest_gaps") >= 4
    hanging = "I haven't trained models myself, but I didn't get to do much else either."
    assert score(hanging, "honest_gaps") == 2


def test_a_gap_and_its_strength_in_two_sentences():
    text = (
        "I don't have a research background. What I have is years of building systems that "
        "clinicians depend on."
    )
    assert score(text, "honest_gaps") == 5
    assert "apologising-for-background" not in mistakes(text)
    hanging = "I don't have a research background. We used Python mostly."
    assert score(hanging, "honest_gaps") == 2
    assert "apologising-for-background" in mistakes(hanging)


def test_a_strength_after_a_contrast_without_stock_words():
    text = (
        "I'm not a data scientist and I didn't tune any models, but I knew how to make it run "
        "every night without anyone babysitting it."
    )
    assert score(text, "honest_gaps") >= 4
    assert "apologising-for-background" not in mistakes(text)
    negated = "I'm not a data scientist and I didn't tune any models, but I don't mind."
    assert score(negated, "honest_gaps") == 2
    deferral = "I haven't measured it, but I'd have to check the logs."
    assert score(deferral, "honest_gaps") == 2
    assert score("I haven't measured it, but I'd add an eval set first.", "honest_gaps") == 5


def test_an_apology_counts_next_to_the_gap_not_anywhere():
    near = "Sorry, I should say up front I don't have an AI background, so it's small."
    assert score(near, "honest_gaps") == 1
    assert "apologising-for-background" in mistakes(near)
    far = (
        "I haven't trained models, but I've shipped two LLM features. They route tickets. "
        "They run every day. Sorry, I'm rambling."
    )
    assert score(far, "honest_gaps") == 5
    assert "apologising-for-background" not in mistakes(far)


def test_the_first_sentence_of_a_weakness_answer_names_the_gap():
    text = (
        "I'd say statistics. Part of that is a choice: I picked retrieval over going deep on stats."
    )
    assert score(text, "honest_gaps", "biggest-weakness") >= 4
    assert score(text, "honest_gaps") == 2  # without the question, nothing names a gap
    denial = "Honestly I don't think I have a real weakness in AI, I pick things up fast."
    assert score(denial, "honest_gaps", "biggest-weakness") < 3
    assert "overselling-ai" in mistakes(denial, "biggest-weakness")


def test_a_no_to_the_ml_question_said_with_an_apology():
    text = "Not really, no, sorry. I've played with ChatGPT, of course."
    assert "apologising-for-background" in mistakes(text, "ml-experience")
    plain = "Not really, no. What I have is fourteen months of building on LLM APIs."
    assert "apologising-for-background" not in mistakes(plain, "ml-experience")
    assert score(plain, "honest_gaps", "ml-experience") == 5
    asked = feedback_for(plain, question="Do you have machine learning experience?")
    assert asked.framework["honest_gaps"].score == 5  # the scenario from the question's words
    assert feedback_for(plain, question="Tell me something.").framework["honest_gaps"].score == 2


@pytest.mark.parametrize(
    "text",
    [
        "I did three courses, so I think I'm basically at the level of an ML researcher now.",
        "I'm pretty much an expert in agents at this point.",
        "I'd say I know transformers inside out. Give me any ML problem and I'll solve it.",
    ],
)
def test_overselling_in_other_words(text):
    assert "overselling-ai" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't call myself an ML expert, but I know how to make the bot behave.",
        "I'm not an expert in agents; I've built one, with tests around it.",
        "Our ML researchers know the theory; I run the platform their models are served on.",
    ],
)
def test_overselling_near_misses_in_other_words(text):
    assert "overselling-ai" not in mistakes(text)


def test_researcher_level_claim_is_also_a_comparison():
    assert "comparing-to-researchers" in mistakes("I'm at the level of an ML researcher now.")


@pytest.mark.parametrize(
    "text",
    [
        "They're all so much smarter than me, they've got PhDs.",
        "Compared to the ML people at my company, the ones with research backgrounds, I'm a "
        "total beginner.",
        "I'll never be as good as the people doing actual research in it.",
    ],
)
def test_comparing_to_researchers_in_other_words(text):
    assert "comparing-to-researchers" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to pretend I can compete with ML researchers on theory, and I'm not "
        "trying to.",
        "I set up serving for the models our data scientists build.",
    ],
)
def test_comparing_near_misses_in_other_words(text):
    assert "comparing-to-researchers" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI roles pay way more right now.",
        "It's where everything is heading, you can see it.",
        "Every company is adding AI, it's the hottest thing in tech.",
    ],
)
def test_ai_is_hot_in_other_words(text):
    assert "ai-is-hot" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A lot of people switch because AI is hot, and frankly I think that's a bad reason.",
        "People assume it's because AI is hot, but that's honestly not it for me.",
    ],
)
def test_ai_is_hot_named_to_be_rejected_is_not_the_mistake(text):
    assert "ai-is-hot" not in mistakes(text)
    assert score(text + " We had ten thousand leases read by hand.", "production_problem") >= 4


@pytest.mark.parametrize(
    ("set_aside", "kept"),
    [
        (
            "Part of it is that's where the jobs are going. But the thing that actually made me "
            "do it was our customer emails, nobody could read them all.",
            "Part of it is that's where the jobs are going. But I also like the emails problem.",
        ),
        (
            "The hype helped me look at AI, everybody was talking about it, but what keeps me is "
            "the referral letters our rules kept misrouting.",
            "The hype helped me look at AI, everybody was talking about it, and it keeps me.",
        ),
        (
            "I know people would say AI is hot. Honestly that's not it for me, it's the notes "
            "nobody can read.",
            "I know people would say AI is hot. Honestly that's the truth for me, it pays more.",
        ),
        (
            "Everybody is talking about AI right now. But the actual reason is more boring: four "
            "hundred regular expressions that still missed faults.",
            "Everybody is talking about AI right now. But the main reason is it pays better.",
        ),
        (
            "People assume I'm jumping on the bandwagon and I'm really not, it's the renewals.",
            "People assume I'm jumping on the bandwagon, and honestly I am, it's where the jobs "
            "are.",
        ),
        (
            "Our trustees said AI is hot, we need an AI strategy, but that wasn't it for me.",
            "Our trustees said AI is hot, we need an AI strategy, and that was it for me.",
        ),
        (
            "People tell me AI is hot right now. Fine. That is not why, it's the disputes.",
            "People tell me AI is hot right now. Fine. That is why, and the money.",
        ),
        (
            "Everyone's hiring for AI, sure, and if that were my reason I'd have jumped years ago.",
            "Everyone's hiring for AI, sure, and that is my reason, I'd have jumped years ago.",
        ),
        (
            'My boss said "AI is hot, go and play with it." I didn\'t care for the hype part.',
            'My boss said "AI is hot, go and play with it." I did care for the hype part.',
        ),
    ],
)
def test_hype_owned_as_a_part_then_set_aside_for_the_real_reason(set_aside, kept):
    """The blind writers' near-miss (issue 13): hype admitted as what drew attention, while the
    reason given is a real problem, in the same sentence or the next (past a bare "Fine."), or
    the hype named as a reason the speaker would have acted on and did not."""
    assert "ai-is-hot" not in mistakes(set_aside)
    assert "ai-is-hot" in mistakes(kept)


def test_minimising_in_other_words_and_its_near_miss():
    assert "minimising-swe-experience" in mistakes("I'm basically just a PHP developer.")
    assert "minimising-swe-experience" in mistakes("I'm, you know, just the guy who does APIs.")
    fine = "I was a backend engineer for eight years, so the server side was easy."
    assert "minimising-swe-experience" not in mistakes(fine)
    # (dev137) the speaker's own part made plumbing, or only "backend stuff"; the field called
    # plumbing is overselling, not this
    mine = "My bit, honestly it's just plumbing, glue between the database and an API."
    assert "minimising-swe-experience" in mistakes(mine)
    field = "Once you've got your head round it, ML is just plumbing, really."
    assert "minimising-swe-experience" not in mistakes(field)
    assert "minimising-swe-experience" in mistakes("I've only done backend stuff, bookings.")
    done = "I've done the backend stuff, bookings and invoices, for eight years."
    assert "minimising-swe-experience" not in mistakes(done)


@pytest.mark.parametrize(
    ("taken_back", "kept"),
    [
        (
            "I was just the backend guy, well, no, that's underselling it, I owned the pipeline.",
            "I was just the backend guy, well, I did the forms and the odd report.",
        ),
        (
            "I was just the backend guy. Actually, no: I owned the ingestion and the on-call.",
            "I was just the backend guy. Actually, I mostly did the forms.",
        ),
    ],
)
def test_minimising_taken_back_at_once_is_not_the_mistake(taken_back, kept):
    """The blind writers' near-miss: "just a backend engineer" said only to push back."""
    assert "minimising-swe-experience" not in mistakes(taken_back)
    assert "minimising-swe-experience" in mistakes(kept)


def test_a_negated_tool_is_not_tools_first():
    text = "I wouldn't start with LangChain or Pinecone. What's the latency budget?"
    assert "tools-before-requirements" not in mistakes(text, "system-design")
    assert evidence(text, "production_problem", "system-design").startswith("It opens on the req")
    first = "I'd spin up LangChain with Chroma. What's the latency budget?"
    assert "tools-before-requirements" in mistakes(first, "system-design")
    assert score(first, "production_problem", "system-design") == 2


def test_business_results_said_as_time_and_effort():
    assert score("Clerks spend about half as long on intake now.", "business_impact") >= 3
    assert score("The backlog went down from nine days to two.", "business_impact") >= 3
    assert score("The answers were cut in half.", "business_impact") < 3
    assert score("False positives went down to fifteen percent.", "business_impact") < 3


def test_a_business_figure_without_an_outcome_is_not_impact():
    text = "Is this a handler on the phone with a customer, so under two seconds?"
    assert score(text, "business_impact") < 3
    assert score("It cut the questions HR gets by email in half.", "business_impact") >= 3


def test_rigor_comes_from_statements_not_from_questions():
    asked = "What's the latency budget? And what's the cost per query?"
    assert score(asked, "engineering_rigor", "system-design") == 1
    said = "We keep latency under a second and track the cost per query."
    assert score(said, "engineering_rigor", "system-design") == 3


def test_practices_in_other_words_count_as_rigor():
    text = (
        "I built it with a strict output schema, a confidence threshold that sends unclear "
        "letters to a human, and a weekly audit of a random sample."
    )
    assert score(text, "engineering_rigor") >= 3
    assert score("We looked at the letters together.", "engineering_rigor") < 3


WHY_POINT = "the motivation is genuine and problem-driven, not 'AI is hot'"


def test_a_problem_driven_answer_gets_the_motivation_point():
    driven = (
        "Our leases are scanned and all different, and someone spent a week reading them every "
        "quarter. No regex could get at that."
    )
    request = CoachRequest(driven, rubric=(WHY_POINT,), category="why-ai-engineering")
    assert rule_feedback(request).rubric_hit == (WHY_POINT,)
    hot = "AI is hot, and someone spent a week reading leases."
    request = CoachRequest(hot, rubric=(WHY_POINT,), category="why-ai-engineering")
    assert rule_feedback(request).rubric_hit == ()


def test_a_versus_b_needs_two_approaches_with_figures():
    point = "compares approach A with a metric to approach B with a better metric"
    compared = (
        "First I tried plain vector search, recall was 62 percent. Then I switched to hybrid "
        "search and it went to 89 percent."
    )
    assert rule_feedback(CoachRequest(compared, rubric=(point,))).rubric_hit == (point,)
    unmeasured = "First I tried truncating. Then I switched to map-reduce, which felt better."
    assert rule_feedback(CoachRequest(unmeasured, rubric=(point,))).rubric_hit == ()


def test_rewrites_of_a_claim_replace_it_and_of_an_apology_keep_the_gap():
    oversold = feedback_for("I'm pretty much an expert in agents at this point.")
    (rewrite,) = oversold.rewrites
    assert "expert" not in rewrite.rewrite and not feedback_for(rewrite.rewrite).mistakes
    sorry = feedback_for("Unfortunately I don't have any formal ML experience.")
    (rewrite,) = sorry.rewrites
    assert rewrite.rewrite.startswith("I don't have any formal ML experience, and what I bring")
    assert not feedback_for(rewrite.rewrite).mistakes


SCENARIOS = [name for name in _FOLLOW_UPS if name is not None]


@pytest.mark.parametrize("category", SCENARIOS)
def test_follow_ups_are_asked_in_the_questions_scenario(category):
    weak = feedback_for("It was fine.", category)
    assert weak.follow_up in _FOLLOW_UPS[category].values()
    assert all(fits_scenario(q, category) for q in _FOLLOW_UPS[category].values())
    others = [c for c in SCENARIOS if c != category]
    assert all(weak.follow_up not in _FOLLOW_UPS[other].values() for other in others)


def test_the_follow_up_follows_the_weakest_point_within_the_scenario():
    strong_but_no_gap = (
        "We had forty keyword rules and tickets kept getting misrouted at my last job. I added "
        "an LLM classifier with a fallback, tests and monitoring, and misrouted tickets dropped "
        "from twenty percent to six."
    )
    feedback = feedback_for(strong_but_no_gap, "why-ai-engineering")
    assert feedback.follow_up == _FOLLOW_UPS["why-ai-engineering"]["honest_gaps"]
    request = CoachRequest(strong_but_no_gap, category="why-ai-engineering")
    assert follow_up_point(request, feedback.follow_up) == "honest_gaps"
    assert follow_up_point(request, "What would you do differently?") is None


def test_without_a_category_the_scenario_comes_from_the_question():
    design = feedback_for("I'd use Pinecone.", question="Design a Q&A system for a bank.")
    assert design.follow_up in _FOLLOW_UPS["system-design"].values()
    unknown = feedback_for("I'd use Pinecone.", question="Tell me something.")
    assert unknown.follow_up in _FOLLOW_UPS[None].values()
    running = feedback_for("Dashboards.", question="How would you monitor an LLM in production?")
    assert running.follow_up in _FOLLOW_UPS["production-reliability"].values()


def test_every_category_of_the_bank_has_follow_ups_of_its_own():
    """A category without them got the generic questions ("what had you tried before AI?" after
    "how would you monitor an LLM application?"), none of which fit it."""
    assert {question.category for question in load_questions()} <= set(SCENARIOS)


# --- issue 13, second pass: ways of speaking the held-out part missed -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I haven't trained models, so I've spent my learning time on what breaks in production.",
        "I have never fine-tuned a model, so I put the hours into evals and on-call.",
        "I had not trained a model before, so my weekends went into building the eval harness.",
        "I've not trained a model myself, so most of my energy has gone into keeping it running.",
    ],
)
def test_a_strength_after_so(text):
    assert score(text, "honest_gaps") == 5


@pytest.mark.parametrize(
    "text",
    [
        "I haven't trained models, so I can't really speak to the maths side.",
        "I have never trained a model, so I would need to learn that on the job.",
        "I've not fine-tuned anything, so I lean on the data team for that.",
        "I have not done much on evaluation, so I'd probably just try it with a few questions.",
    ],
)
def test_a_deferral_after_so_is_no_strength(text):
    assert score(text, "honest_gaps") == 2


@pytest.mark.parametrize(
    "gap",
    [
        "I have never trained a model",
        "I've not trained a model",
        "I had never worked with language models",
        "I have not once fine-tuned anything",
        "I'd never trained a model before this job",
    ],
)
def test_never_done_said_every_way_is_a_gap(gap):
    assert score(f"{gap}. What I bring is six years of on-call.", "honest_gaps") == 5


def test_never_having_had_trouble_is_no_gap():
    """A boast with "never" names no gap, so the strength after it scores nothing."""
    boast = "I've never had a problem with Chroma, so I'd use it again here."
    assert score(boast, "honest_gaps", "system-design") == 2
    assert score("I have never missed an SLA. What I bring is on-call.", "honest_gaps") == 2


def test_a_contrast_that_negates_is_no_strength():
    """ "but I have never ..." is a second gap, not what the speaker has."""
    text = "Statistics, I'd say. I can run an A/B test, but I have never been sure it's real."
    assert score(text, "honest_gaps", "biggest-weakness") == 2
    assert score("I haven't measured it, but I have to check the logs.", "honest_gaps") == 2
    having = "I haven't trained models, but I have ten years of production experience."
    assert score(having, "honest_gaps") == 5


REFLECTION_POINT = "gives an honest reflection on what they would do differently"


def reflects(text: str) -> bool:
    request = CoachRequest(text, rubric=(REFLECTION_POINT,), category="portfolio-project")
    return rule_feedback(request).rubric_hit == (REFLECTION_POINT,)


@pytest.mark.parametrize(
    "text",
    [
        "I built a rota tool. What would I change? I'd have talked to the receptionists first.",
        "I built a rota tool. Would I build it the same way again? No, I'd start with the evals.",
        "I built a rota tool. Anything I'd do differently? Yes, I should have tested it on real "
        "requests.",
    ],
)
def test_a_reflection_asked_and_answered(text):
    """The rubric's reflection, not an honest gap: a lesson about the project names no gap in
    the speaker's skills (the blind writers' labels, issue 13)."""
    assert reflects(text)
    assert score(text, "honest_gaps", "portfolio-project") == 2
    gap = " I haven't trained a model myself, but I know how to test one like this."
    assert score(text + gap, "honest_gaps", "portfolio-project") == 5


def test_a_reflection_said_is_no_gap_either():
    said = "I built a rota tool. What I'd do differently: I'd build the test set on day one."
    assert reflects(said)
    assert score(said, "honest_gaps", "portfolio-project") == 2


@pytest.mark.parametrize(
    "text",
    [
        "I built a rota tool. What would I change? Honestly, not much, it works.",
        "I built a rota tool. What would I do differently? I'd have to think about it.",
        "I built a rota tool. Would I do it again? Absolutely, it was fun.",
        "I built a rota tool. I can't think of anything I'd do differently.",
    ],
)
def test_a_reflection_waved_away(text):
    assert not reflects(text)
    assert score(text, "honest_gaps", "portfolio-project") == 2


def test_a_counterfactual_figure_is_not_a_measured_metric():
    point = "points to a specific project with evaluation metrics such as RAGAS or latency"
    measured = "We track latency, it's around 900 milliseconds."
    assert rule_feedback(CoachRequest(measured, rubric=(point,))).rubric_hit == (point,)
    wished = "I would have built an evaluation set on day one."
    assert rule_feedback(CoachRequest(wished, rubric=(point,))).rubric_hit == ()


@pytest.mark.parametrize(
    "text",
    [
        "I built a search over thirty, sorry, forty years of reports. I've never had to train a "
        "model for it. What I did have to do was make it dependable.",
        "Sorry, my dog is barking. I haven't trained models, but I've run the serving platform "
        "for two years.",
        "I haven't trained models, sorry, I mean not from scratch, but I've shipped two LLM "
        "features.",
        "Sorry for the long answer. I've never fine-tuned, so I've spent my time on evals.",
    ],
)
def test_a_sorry_about_something_else_beside_a_gap_is_no_apology(text):
    assert score(text, "honest_gaps") >= 4
    assert "apologising-for-background" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I haven't trained any models, I'm sorry. What I have is on-call experience.",
        "Sorry. I don't have a machine learning degree.",
        "I'm not sure I could answer theory questions, so sorry in advance if those come up.",
    ],
)
def test_a_sorry_about_the_gap_is_an_apology(text):
    assert score(text, "honest_gaps") == 1


def test_a_repair_is_not_defensive_but_an_apology_is():
    point = "is not defensive and does not apologise"
    repair = "Statistics. I picked that on purpose, sorry, I mean I chose evals over theory."
    request = CoachRequest(repair, rubric=(point,), category="biggest-weakness")
    assert rule_feedback(request).rubric_hit == (point,)
    sorry = "Statistics, sorry. I picked that on purpose."
    request = CoachRequest(sorry, rubric=(point,), category="biggest-weakness")
    assert rule_feedback(request).rubric_hit == ()


@pytest.mark.parametrize(
    "text",
    [
        "The supervisors got about two hours a day back.",
        "It gave the team back a day a week.",
        "Consultants now get through a role in an afternoon rather than two days.",
        "Building the rota takes twenty minutes now, where it used to eat most of a Monday.",
        "Housing officers answer about a third more requests per day.",
        "Each claim takes half the time it used to.",
        "Handling time is 4 minutes now versus 11 before.",
    ],
)
def test_a_result_said_without_an_outcome_verb(text):
    assert score(text, "business_impact") == 5


@pytest.mark.parametrize(
    "text",
    [
        "The bot takes the first message on roughly four thousand chats a week.",
        "Handlers spend about ten minutes per claim hunting for the right clause.",
        "The vendor got back to us two days later.",
        "I would add an eval set on day one instead of waiting for complaints.",
    ],
)
def test_a_figure_without_a_change_is_not_a_result(text):
    assert score(text, "business_impact") < 3


@pytest.mark.parametrize(
    "text",
    [
        "We logged every correction the supervisors made.",
        "I recorded each run in a small table.",
        "Every suggestion is stored with the model version.",
        "We kept a record of every label the nurses changed.",
        "We track how often the consultants overrule it.",
        "Every response goes into a log.",
    ],
)
def test_keeping_a_record_counts_as_monitoring(text):
    assert score(text, "engineering_rigor") == 2


@pytest.mark.parametrize(
    "text",
    [
        "I logged a ticket with the vendor.",
        "We tracked down the cause to an old help article.",
        "We store all the documents in a bucket.",
        "Handlers spend about ten minutes per claim.",
        "I'm not sure how I'd evaluate it before launch.",
    ],
)
def test_records_and_spending_that_are_not_rigor(text):
    assert score(text, "engineering_rigor") == 1


@pytest.mark.parametrize(
    ("text", "practised"),
    [
        ("Anything that doesn't validate goes to a person for review.", True),
        ("If the answer isn't grounded we fall back to keyword search.", True),
        ("Whatever the model can't classify goes to a human queue.", True),
        ("We don't send anything to a person for review.", False),
        ("I never had to fall back to keyword search.", False),
        ("The thing that we don't have is a human queue.", False),
    ],
)
def test_a_negation_in_a_clause_of_its_own_leaves_the_practice_after_it(text, practised):
    """A negated condition or relative clause ("that doesn't validate") does not negate the
    main clause's practice ("goes to a person")."""
    assert (score(text, "engineering_rigor") == 2) is practised


@pytest.mark.parametrize(
    "text",
    [
        "I have never trained a big model, and I'd struggle to reimplement a paper.",
        "Our assistant has run for eleven months without a serious incident.",
        "I added retries, making sure a failed step never sends a half-written reply.",
    ],
)
def test_a_limit_a_safeguard_or_an_absence_is_no_production_problem(text):
    assert score(text, "production_problem") == 2
    assert score("Our claims assistant kept failing at night.", "production_problem") >= 4


@pytest.mark.parametrize(
    ("text", "oversold"),
    [
        ("Honestly my film chatbot is close to what Netflix does.", True),
        ("I'd say it's on par with what Spotify has for playlists.", True),
        ("Once you've done one you kind of get how it all works.", True),
        ("It's nothing like what Netflix does, it's a weekend project.", False),
        ("I read a blog post on what Netflix does for recommendations.", False),
        ("Once you've done one you see how much there is still to learn.", False),
    ],
)
def test_overselling_a_toy_as_a_famous_system_or_one_try_as_knowing_it_all(text, oversold):
    assert ("overselling-ai" in mistakes(text)) is oversold


@pytest.mark.parametrize(
    ("text", "practised"),
    [
        ("The old rules were never reviewed. We tested the model on three hundred orders.", True),
        ("Nobody had looked at it, not once. We tested the model on three hundred orders.", True),
        ("We never tested the model on three hundred orders.", False),
    ],
)
def test_a_negation_ends_with_its_sentence(text, practised):
    """A negation at the end of one sentence does not reach the next sentence's practice."""
    assert (score(text, "engineering_rigor") == 2) is practised


@pytest.mark.parametrize(
    ("text", "hot"),
    [
        ("If a freight forwarder isn't on it they're gonna fall behind.", True),
        ("If you're not learning it you'll be left behind.", True),
        ("I don't think they're gonna fall behind.", False),
        ("It isn't true that they're gonna fall behind.", False),
    ],
)
def test_a_negated_condition_before_a_pronoun_leaves_the_claim_after_it(text, hot):
    """The condition's negation ("isn't on it") stops before the main clause, also when its
    subject is a contracted pronoun ("they're")."""
    assert ("ai-is-hot" in mistakes(text)) is hot


@pytest.mark.parametrize(
    ("text", "hot"),
    [
        ("My manager keeps saying AI's the future and I agree with him.", True),
        ("Every company is hiring AI people now.", True),
        ("AI is the thing right now, and I didn't want to miss the boat.", True),
        ("Everybody is going to AI now, so I started too.", True),
        ("The main thing right now is the backlog of appeals.", False),
        ("Every company I spoke to asked how I would evaluate it.", False),
        ("Everybody is going to the conference in May.", False),
    ],
)
def test_ai_is_hot_said_as_where_every_company_is_going(text, hot):
    assert ("ai-is-hot" in mistakes(text)) is hot


def test_hype_denied_at_the_start_of_the_next_sentence_is_set_aside():
    """A bare denial may open a longer sentence ("It isn't, if anything ..."); one that goes
    on about the money does not set the hype aside."""
    denied = "People assume it's because AI is hot. It isn't, if anything the hype put me off."
    assert "ai-is-hot" not in mistakes(denied)
    money = "People assume it's because AI is hot. It isn't, it's the salary honestly."
    assert "ai-is-hot" in mistakes(money)


def test_ai_is_hot_said_about_everyone_and_where_the_jobs_are():
    assert "ai-is-hot" in mistakes("Everyone I know is moving into AI.")
    assert "ai-is-hot" in mistakes("It's clearly where the jobs are going.")
    assert "ai-is-hot" not in mistakes("It's not about where the money is, for me.")


WEAKNESS_REFRAME = "reframes to strengths in building and shipping reliable AI systems"


def test_the_reframe_is_shown_by_rigor_as_well_as_said():
    shown = (
        "Probably the research side. I chose to invest in what happens after the model call: "
        "golden sets, canary releases, tracing every request."
    )
    request = CoachRequest(shown, rubric=(WEAKNESS_REFRAME,), category="biggest-weakness")
    assert rule_feedback(request).rubric_hit == (WEAKNESS_REFRAME,)
    unshown = "Probably the research side. I chose to invest in learning product design."
    request = CoachRequest(unshown, rubric=(WEAKNESS_REFRAME,), category="biggest-weakness")
    assert rule_feedback(request).rubric_hit == ()


def test_portfolio_and_design_points_in_other_words():
    compared = "compares approach A with a metric to approach B with a better metric"
    versions = (
        "My first attempt broke a rule in nine of twenty weeks. Version two got it to zero on "
        "the same twenty weeks."
    )
    assert rule_feedback(CoachRequest(versions, rubric=(compared,))).rubric_hit == (compared,)
    docs = "points to documentation: the repository, README or architecture diagram"
    assert rule_feedback(CoachRequest("No README yet, honestly.", rubric=(docs,))).rubric_hit == ()
    assert rule_feedback(CoachRequest("There's a README.", rubric=(docs,))).rubric_hit == (docs,)
    modes = "names failure modes with a degradation strategy for each"
    one_sentence = "If the model times out we show the top sections; if costs spike we fall back."
    assert rule_feedback(CoachRequest(one_sentence, rubric=(modes,))).rubric_hit == (modes,)
    one_mode = "If the model times out we show the top sections."
    assert rule_feedback(CoachRequest(one_mode, rubric=(modes,))).rubric_hit == ()
    evaluated = "explains evaluation before and after deployment and what triggers an alert"
    scored = "Before launch I'd score it on a hundred questions, and alert if flags pass 3%."
    assert rule_feedback(CoachRequest(scored, rubric=(evaluated,))).rubric_hit == (evaluated,)
    unscored = "Before launch I'd run it on our own GPUs, and alert if flags pass 3%."
    assert rule_feedback(CoachRequest(unscored, rubric=(evaluated,))).rubric_hit == ()


# --- generalising beyond the dev phrasing (issue 13, dev3) -----------------------------------
def hits(text: str, point: str, category: str | None = None) -> bool:
    request = CoachRequest(text, rubric=(point,), category=category)
    return rule_feedback(request).rubric_hit == (point,)


@pytest.mark.parametrize(
    "text",
    [
        "Um, I'm sorry, I know my background is not really the typical one for this.",
        "I'm afraid my background is a bit of a weakness here.",
        "I'm sorry, I come from QA, so I don't have the proper background for this.",
        "I never did a CS degree, I'm self-taught, sorry if that's a problem.",
    ],
)
def test_a_background_said_to_fall_short_with_regret_is_an_apology(text):
    assert "apologising-for-background" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, let me start again. My background is in payments, eight years of it.",
        "My background is not the typical one: I ran the billing platform for six years.",
        "Unfortunately the vendor API was down that week, so we shipped a day late.",
    ],
)
def test_a_background_without_regret_or_regret_without_the_background_is_no_apology(text):
    assert "apologising-for-background" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compared to the people who actually do AI research, I'm a total beginner.",
        "I'll never be at the level of the people at OpenAI, they're way smarter than me.",
        "Next to somebody who came out of DeepMind my theory is weak. I can't compete with "
        "those guys.",
        "It's nothing compared to what the research labs are doing, it's just embeddings.",
    ],
)
def test_researchers_named_by_lab_or_by_what_they_do_are_compared_with(text):
    assert "comparing-to-researchers" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not trying to compete with the people at OpenAI, that's a different job.",
        "I read a paper from DeepMind on retrieval, and we compared two rerankers on it.",
        "Our PhD data scientist left. I can't compete with the vendor's prices though.",
    ],
)
def test_researchers_named_without_measuring_oneself_against_them(text):
    assert "comparing-to-researchers" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I built a chatbot over a weekend, so I'd say I'm pretty much an expert in prompt "
        "engineering by now.",
        "After three weeks I'd say I'm at the senior level in AI engineering.",
        "I understand how transformers work inside and out.",
        "Honestly, I don't think I have a big weakness in AI.",
        "I know the field really well at this point.",
        "I'm confident I could handle any ML task you'd give me.",
    ],
)
def test_expertise_claimed_in_other_words_is_overselling(text):
    assert "overselling-ai" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't call myself an expert in RAG, I've built two systems with it.",
        "I'm an expert in Postgres, and I'm new to LLMs.",
        "I'm a senior engineer, and I've spent a year on evals.",
        "I don't see a big gap in production engineering; the gap is the theory.",
        "I don't know the field really well yet, so I stick to what I've shipped.",
    ],
)
def test_a_modest_or_non_ai_claim_is_not_overselling(text):
    assert "overselling-ai" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "To be honest it's kind of the gold rush moment, right?",
        "I built it because AI is the big thing right now.",
        "AI is where the energy is, and there's so much money going into it.",
        "All the postings say LLM and I don't want to be left behind.",
    ],
)
def test_the_trend_as_motivation_in_other_words_is_ai_is_hot(text):
    assert "ai-is-hot" in mistakes(text, "why-ai-engineering")


@pytest.mark.parametrize(
    "text",
    [
        "People say it's because AI is the hot thing, and that's not really it for me.",
        "The energy in the team went up once the routing worked.",
        "We put a lot of money into the data pipeline first.",
    ],
)
def test_the_trend_rejected_or_money_and_energy_elsewhere_is_not_ai_is_hot(text):
    assert "ai-is-hot" not in mistakes(text, "why-ai-engineering")


@pytest.mark.parametrize(
    "text",
    [
        "I'm a front-end dev, I mostly just move buttons around in React.",
        "I've been a PHP developer at an agency, which is probably not relevant here.",
        "I'm not really a proper engineer, I did a bootcamp.",
        "Before this I was only a support engineer, nothing serious really.",
    ],
)
def test_the_speakers_work_made_small_in_other_words_is_minimising(text):
    assert "minimising-swe-experience" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I just moved the queue to Kafka and it held up at ten times the load.",
        "I built the cache layer, which was not relevant to the latency in the end.",
        "It's a proper engineering team, and I ran its on-call for two years.",
    ],
)
def test_small_words_about_other_things_are_not_minimising(text):
    assert "minimising-swe-experience" not in mistakes(text)


def test_a_problem_said_as_repetition_or_urgency():
    assert score("Employees kept asking HR the same questions.", "production_problem") >= 4
    needs = "Technicians need the procedure quickly when they are up on the turbine."
    assert score(needs, "production_problem") >= 4
    assert score("I kept asking questions during the course.", "production_problem") == 2


def test_the_speaker_checking_by_hand_or_a_solved_issue_is_no_problem():
    checked = "I checked fifty requests by hand and a third were wrong."
    assert score(checked, "production_problem") == 2
    solved = "It's semantic search so agents can find how a similar issue was solved before."
    assert score(solved, "production_problem") == 2
    assert score("Agents typed the replies by hand.", "production_problem") >= 4


def test_an_acknowledgement_or_a_gap_does_not_push_the_problem_late():
    text = (
        "Sure. I've been building with LLM APIs and RAG for ten months. "
        "Employees kept asking HR the same questions, four hundred tickets a month."
    )
    assert score(text, "production_problem") >= 4
    gap_first = (
        "I wouldn't call myself an ML expert. The weak part is classic models. "
        "I went to LLMs because our tenants' requests kept getting misrouted at work."
    )
    assert score(gap_first, "production_problem") >= 4
    late = (
        "I've been building with LLM APIs and RAG for ten months, mostly evenings. "
        "I read a lot about transformers and embeddings too. "
        "Employees kept asking HR the same questions."
    )
    assert score(late, "production_problem") == 2


def test_a_design_question_after_a_short_opening_still_comes_first():
    text = (
        "Right, um, so, claims handlers. The thing I'd worry about first is a wrong answer. "
        "So questions: is it live on calls, and do the docs change?"
    )
    assert evidence(text, "production_problem", "system-design").startswith("It opens on the req")
    late = (
        "The claims handlers need answers during calls, I'd guess. "
        "We'd ingest the PDFs nightly and chunk them by clause. "
        "Is it live on calls, though?"
    )
    assert not evidence(late, "production_problem", "system-design").startswith("It opens on")


def test_a_design_is_driven_by_a_problem_met_in_production_not_by_its_questions_alone():
    """Issue 13's labels: a design answer does the point when a real problem the speaker brings
    in drives it, wherever it is told; the clarifying questions are the requirements."""
    asks = "What's the latency budget? Do the wordings change? I'd chunk by clause. "
    assert score(asks, "production_problem", "system-design") == 2
    met = "I ask because at my last job a handler quoted a withdrawn clause to a customer."
    assert score(asks + met, "production_problem", "system-design") == 5
    assert score(met + " " + asks, "production_problem", "system-design") == 5
    told = "At the courier firm our claims team kept misreading the liability clauses."
    assert score(asks + told, "production_problem", "system-design") == 5
    # near misses: what could go wrong, a rule of the design, experience not had
    could = "If it quotes a withdrawn clause, the handler pays out on the wrong wording."
    assert score(asks + could, "production_problem", "system-design") == 2
    rule = "If a policy is withdrawn at the insurer, it is removed from the index that day."
    assert score(asks + rule, "production_problem", "system-design") == 2
    not_had = "I haven't had a reranker fail on me in the jobs I had."
    assert score(asks + not_had, "production_problem", "system-design") == 2
    # (dev134) one of the people there, and a manual out of date
    one = "At the boiler firm I'm at, last year one got flue advice off an out of date manual."
    assert score(asks + one, "production_problem", "system-design") == 5
    could_one = "At the boiler firm I'm at, one could get advice off an out of date manual."
    assert score(asks + could_one, "production_problem", "system-design") == 2


def test_one_kind_of_rigor_practised_three_ways_counts():
    three = "I built it with schema validation, retries and a human review queue."
    assert score(three, "engineering_rigor") == 3
    two = "I built it with schema validation and retries."
    assert score(two, "engineering_rigor") == 2
    ops = "I've run production services for years: on-call, dashboards, incident reviews."
    assert score(ops, "engineering_rigor") == 3


@pytest.mark.parametrize(
    "text",
    [
        "The customs team processed declarations two times faster.",
        "The compliance team now answers the auditors the same day, before it was one week.",
        "Rebookings went down by half.",
    ],
)
def test_a_result_said_as_pace_or_before_and_now(text):
    assert score(text, "business_impact") == 5


@pytest.mark.parametrize(
    "text",
    [
        "The team grew from five to twelve people.",
        "Our queries got two times faster after the index change.",
        "Before, it was a monolith; now it runs on twelve services with p95 latency of 300 ms.",
    ],
)
def test_growth_a_technical_speed_up_or_an_architecture_change_is_no_result(text):
    assert score(text, "business_impact") < 5


@pytest.mark.parametrize(
    "text",
    [
        "No model training experience. What I bring is evals in CI and staged rollouts.",
        "My theory is weak. What I'm decent at is the building part, with tests around it.",
        "I haven't built a Q&A system at this scale, so I'll reason it through from the "
        "payment APIs I've run.",
    ],
)
def test_a_gap_and_a_strength_said_in_other_words(text):
    assert score(text, "honest_gaps") >= 4


def test_a_gap_with_a_deferral_after_so_is_still_no_strength():
    text = "I haven't built a Q&A system at this scale, so I'll have to look that part up."
    assert score(text, "honest_gaps") == 2


def test_rubric_points_in_other_words():
    challenge = "says what the project does and names a specific technical challenge"
    assert hits("The interesting problem was that it was too confident.", challenge)
    assert not hits("It was an interesting project to build.", challenge)
    tradeoff = "explains the deliberate tradeoff behind it"
    assert hits("I went straight to LLMs because that's where the problems were.", tradeoff)
    assert not hits("I went to a meetup about LLMs once.", tradeoff)
    modes = "names failure modes with a degradation strategy for each"
    said = "Nothing retrieved: say so and link the search. Model down: show the clauses raw."
    assert hits(said, modes)
    assert not hits("Latency went down after the cache. Nothing else changed.", modes)


def test_retrieval_only_when_proposed_and_production_only_when_reached():
    both = (
        "covers retrieval (vector search, reranking, hybrid) and generation (model choice, context)"
    )
    negated = "I wouldn't just jump to LangChain and Pinecone. And the model answers."
    assert not hits(negated, both)
    assert hits("I'd use Pinecone for hybrid search. And the model answers.", both)
    # a stack named is no retrieval design (the blind writers' labels, issue 13)
    assert not hits("I'd use Pinecone for the vectors. And the model answers.", both)
    keyword = "Retrieval, vectors plus keyword for the rule numbers. A small model answers."
    assert hits(keyword, both)
    shipped = "ties the move to building AI systems that work in production, not demos"
    not_yet = "I'm still figuring out how to get it into production, we haven't deployed it yet."
    assert not hits(not_yet, shipped)
    assert hits("I want to build these so they hold up in production.", shipped)


def test_a_dismissed_or_vague_weakness():
    calm = "is not defensive and does not apologise"
    dismissed = (
        "Statistics. But I don't think it matters that much, anyone else is overcomplicating it."
    )
    assert not hits(dismissed, calm, "biggest-weakness")
    assert hits(
        "Statistics. It matters for evals, so I'm taking a course.", calm, "biggest-weakness"
    )
    credible = "names a specific, credible weakness (such as deep ML theory)"
    vague = "Well, everything, kind of? I'm trying to catch up, I read a blog post a day."
    assert not hits(vague, credible, "biggest-weakness")


def test_typed_queries_are_unstructured_examples():
    examples = "gives specific examples of unstructured-data problems that rules could not solve"
    text = "Our search failed: people type things like couch for a small flat and get nothing."
    assert hits(text, examples)
    assert not hits("Our search failed when the index was rebuilt.", examples)


@pytest.mark.parametrize(
    ("kind", "said", "near_miss"),
    [
        (
            "minimising-swe-experience",
            "I've only ever done CRUD apps and internal tools.",
            "I've only built two RAG systems so far, both in production.",
        ),
        (
            "minimising-swe-experience",
            "I'm just a junior, really.",
            "I mentored a junior through her first on-call rota.",
        ),
        (
            "ai-is-hot",
            "Honestly I want to ride the AI wave, it's so trendy.",
            "I don't care that it's trendy; our tickets needed routing.",
        ),
        (
            "overselling-ai",
            "Give me a month and I can build anything with AI.",
            "I can build anything the team needs with Postgres and queues.",
        ),
        (
            "comparing-to-researchers",
            "I'm not on the same level as the data scientists, obviously.",
            "The data scientists and I sat on the same floor.",
        ),
    ],
)
def test_more_ways_to_say_a_mistake_beside_a_near_miss(kind, said, near_miss):
    assert kind in mistakes(said, "why-ai-engineering")
    assert kind not in mistakes(near_miss, "why-ai-engineering")


def test_tools_beyond_the_first_list_come_before_the_requirements():
    tools = (
        "I'd put Cohere embeddings in LanceDB and answer with Mistral. What's the latency budget?"
    )
    assert "tools-before-requirements" in mistakes(tools, "system-design")
    asked = "What's the latency budget? Then Cohere embeddings in LanceDB, answered by Mistral."
    assert "tools-before-requirements" not in mistakes(asked, "system-design")


def test_problems_said_as_pain_and_the_speakers_own_pain_is_none():
    assert score("Month-end reconciliation at our firm was a nightmare.", "production_problem") >= 4
    assert score("Orders fell through the cracks at our warehouse.", "production_problem") >= 4
    assert score("I found the maths painful at university.", "production_problem") == 2


def test_more_gaps_and_strengths_in_other_words():
    text = "Fine-tuning is not my area. I make up for it with evals and tracing in production."
    assert score(text, "honest_gaps") >= 4
    stops = "Fine-tuning is not my area. I'd like to learn it one day."
    assert score(stops, "honest_gaps") == 2
    new = "I'm still new to retrieval. Where I shine is running services on-call."
    assert score(new, "honest_gaps") >= 4


def test_rigor_words_for_error_handling():
    said = "We handle rate limits, idempotent retries and a dead-letter queue."
    assert score(said, "engineering_rigor") >= 3
    assert score("We met at a rate that suited everyone.", "engineering_rigor") == 1


def test_an_outcome_said_as_no_longer_or_stopped():
    text = "Agents no longer read every email by hand."
    assert score(text, "business_impact") >= 3
    assert score("The old service no longer exists.", "business_impact") < 3


def test_the_rewrite_of_an_apology_drops_every_way_of_saying_sorry():
    said = "I have to apologise, I don't have a real ML background."
    (rewrite,) = rule_feedback(CoachRequest(said)).rewrites
    assert "apologi" not in rewrite.rewrite.lower()
    assert "apologising-for-background" not in mistakes(rewrite.rewrite)


# --- issue 13, fourth round: dev4's ways of naming a gap and what comes after it ---------------
@pytest.mark.parametrize(
    "gap",
    [
        "Model training, no, none at all.",
        "I have no research background, I won't pretend otherwise.",
        "Ranking models are not my strongest area.",
        "I don't know much about tokenisers.",
        "I cannot really explain the maths behind it.",
        "I have not run a vector database in production myself.",
        "I'm a lot slower than the others at reading papers.",
    ],
)
def test_gaps_in_more_words_turn_into_a_strength_or_hang(gap: str) -> None:
    turned = f"{gap} My part has always been the monitoring and the on-call rota for our APIs."
    assert score(turned, "honest_gaps") >= 4
    assert score(f"{gap} We used Python mostly.", "honest_gaps") == 2


def test_a_gap_made_into_a_decision_is_a_strength_and_one_taken_back_is_not() -> None:
    decided = (
        "Honestly, the theory. I can't derive the gradients. That was a decision: I put my "
        "evenings into the eval harness instead."
    )
    assert score(decided, "honest_gaps", "biggest-weakness") >= 4
    taken_back = (
        "I can't derive the gradients. But honestly it isn't really a weakness, what I do is "
        "ship services."
    )
    assert score(taken_back, "honest_gaps") == 2
    owned = "I can't derive the gradients, and that is a weakness. What I do is ship services."
    assert score(owned, "honest_gaps") >= 4


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "Now closing a month takes under a day.",
            "Now the service takes requests over HTTP.",
        ),
        (
            "Now most claims are settled the same day.",
            "Claims are filed the same day they happen.",
        ),
        (
            "An audit that used to take two weeks went to three days.",
            "We used to run audits by hand.",
        ),
        (
            "The front desk gets about half the calls it used to.",
            "The front desk gets calls all day.",
        ),
        (
            "Today the clerks wait a day for legal; with this assistant maybe a few minutes.",
            "Today the clerks wait a day for legal.",
        ),
        (
            "The test raised click-through on the suggestions by about a fifth.",
            "I read about click-through rates.",
        ),
        (
            "Damp cases now reach a surveyor in about four days instead of eleven.",
            "Damp cases reach a surveyor eleven days after the first call.",
        ),
        (
            "Regulator complaints were down by about a third last winter.",
            "Regulator complaints were up by about a third last winter.",
        ),
        (
            "Sales on the site were up by a fifth after the launch.",
            "The site was up by two o'clock after the launch.",
        ),
    ],
)
def test_business_outcomes_in_more_words(outcome: str, near_miss: str) -> None:
    assert score(outcome, "business_impact") >= 3
    assert score(near_miss, "business_impact") < 3


def test_the_speakers_own_time_to_learn_is_no_outcome() -> None:
    assert score("I'd need some time to get up to speed.", "business_impact") < 3


@pytest.mark.parametrize(
    ("minimising", "near_miss"),
    [
        (
            "I was only doing the admin screens and the typical CRUD for the shop.",
            "First I used just a prompt with a few examples on the order forms.",
        ),
        ("I'm only the tester here, not real developer.", "I'm the only tester on the team."),
        (
            "I've just been doing payroll reports and forms for years.",
            "I've been doing payroll reports for years.",
        ),
        ("Honestly it's nothing very clever, just a script.", "It's clever, honestly."),
        ("It's not like I've built anything interesting.", "I've built something interesting."),
        (
            "I made the booking page for the dentists, nothing fancy, then the reminders.",
            "For the booking page we just used a keyword filter, nothing fancy, then added the "
            "model for the hard ones.",
        ),
        (
            "Honestly, I've done the reports for the depot, nothing clever.",
            "Honestly, I started with a cosine threshold for the depot, nothing clever.",
        ),
    ],
)
def test_the_work_made_small_in_more_words(minimising: str, near_miss: str) -> None:
    """... but a plain technique chosen to start with ("we just used a keyword filter, nothing
    fancy") is a design started simple."""
    assert "minimising-swe-experience" in mistakes(minimising)
    assert "minimising-swe-experience" not in mistakes(near_miss)


def test_an_apology_next_to_work_made_small_apologises_for_the_background() -> None:
    said = "It's nothing impressive, sorry. I'm just a support person, I don't build much."
    feedback = feedback_for(said)
    assert "apologising-for-background" in [m.kind for m in feedback.mistakes]
    for rewrite in feedback.rewrites:
        assert not mistakes(rewrite.rewrite), rewrite.rewrite
    assert "apologising-for-background" not in mistakes("I'm just a support person.")


def test_asking_for_a_moment_is_no_apology() -> None:
    said = "Sorry, can I just take a second? My weakest area is the training side."
    assert "apologising-for-background" not in mistakes(said, "biggest-weakness")
    assert score(said, "honest_gaps", "biggest-weakness") != 1


def test_a_no_after_the_topic_answers_the_ml_question() -> None:
    said = "Eh, ML, no, not really, unfortunately. I did one tutorial."
    assert "apologising-for-background" in mistakes(said, "ml-experience")
    plain = "ML, no. What I bring is ten years of running payment systems."
    assert "apologising-for-background" not in mistakes(plain, "ml-experience")


@pytest.mark.parametrize(
    ("oversold", "near_miss"),
    [
        ("So I'd say I can pick up anything on the ML side.", "I can pick up the on-call pager."),
        ("Honestly AI can basically do anything now.", "AI can do a first draft of the reply."),
        ("Retrieval is basically a solved problem.", "Retrieval was the problem we solved."),
        ("It's pretty much as good as ChatGPT.", "It's as good as the old keyword search."),
        ("The agent basically replaces a junior developer.", "The agent replaces the cron job."),
        ("Now the model fully understands our customers.", "Now the model reads our FAQ."),
        ("I've built this loads of times.", "I've built this once before, for payroll."),
        (
            "And honestly, it understands the residents better than our agents do.",
            "Honestly, it did better than the team expected on the residents' emails.",
        ),
        (
            "It writes the clinical summary as well as our doctors would.",
            "It drafts the clinical summary and our doctors check every one.",
        ),
        (
            "It doesn't make mistakes, because it only uses what's in the log.",
            "It makes fewer mistakes when it only uses what's in the log.",
        ),
        (
            "There is nothing really I cannot do with them.",
            "There is a lot I cannot do with them yet.",
        ),
        ("I could pick it up in a week.", "I could set it up in a week."),
        (
            "Building it I got deep into vision transformers, I understand them end to end now.",
            "Building it I got deep into the seat maps, I understand them end to end now.",
        ),
        (
            "These models are already understanding basically everything.",
            "It moves so fast, nobody really knows everything.",
        ),
        ("I think it can replace the reception.", "I think it can help the reception."),
        (
            "In a year the council won't need a contact centre for waste at all.",
            "In a year the council won't need the old keyword rules at all.",
        ),
        (
            "Evaluation, honestly, hallucination is basically solved if the prompt is good.",
            "Evaluation, honestly, is where the hallucinations get caught.",
        ),
        (
            "The AI understands invoices better than anyone in accounts does.",
            "I know these tickets better than anybody, I labelled them myself.",
        ),
    ],
)
def test_overselling_in_more_words(oversold: str, near_miss: str) -> None:
    """Nothing out of reach for AI or for the speaker; and (dev47 to dev52) the system said to
    beat or match the people it helps, to make no mistakes, to understand everything or to do
    away with a team."""
    assert "overselling-ai" in mistakes(oversold)
    assert "overselling-ai" not in mistakes(near_miss)


@pytest.mark.parametrize(
    ("compared", "near_miss"),
    [
        (
            "The people who write the papers would run circles around me.",
            "I read arXiv on the train.",
        ),
        (
            "Researchers in the big labs, half of them couldn't put a service into production.",
            "Researchers in the big labs publish a lot.",
        ),
        (
            "I have a lot to catch up compared to people who studied this properly.",
            "I have a lot to catch up on in the backlog.",
        ),
    ],
)
def test_comparing_to_researchers_in_more_words(compared: str, near_miss: str) -> None:
    assert "comparing-to-researchers" in mistakes(compared)
    assert "comparing-to-researchers" not in mistakes(near_miss)


@pytest.mark.parametrize(
    ("hot", "near_miss"),
    [
        (
            "Everybody is doing agents now, it's on every job post.",
            "Every job post I wrote asked for Go.",
        ),
        ("I think AI is the trend of the future.", "I think the trend in our tickets is up."),
        ("Every big company, all of them, is doing AI.", "Every company I worked for did payroll."),
    ],
)
def test_ai_is_hot_in_more_words(hot: str, near_miss: str) -> None:
    assert "ai-is-hot" in mistakes(hot, "why-ai-engineering")
    assert "ai-is-hot" not in mistakes(near_miss, "why-ai-engineering")


def test_tools_picked_first_and_a_use_looked_for_afterwards() -> None:
    said = "I picked CrewAI and Pinecone first and then looked around for something to build."
    assert "tools-before-requirements" in mistakes(said, "portfolio-project")
    need = "The clinic kept losing referrals, so I looked for a way to route them with Pinecone."
    assert "tools-before-requirements" not in mistakes(need, "portfolio-project")
    tuned = "So first, I would fine-tune a Llama model on all the contracts."
    assert "tools-before-requirements" in mistakes(tuned, "system-design")


@pytest.mark.parametrize(
    ("first", "near_miss"),
    [
        (
            "I set up the vector store first and then I thought about what to put in it.",
            "We asked the handlers what they needed, and then I thought about what to index.",
        ),
        (
            "I picked CrewAI because agents are big, and then figured out what to do with it.",
            "I picked CrewAI after the triage problem, and then figured out the failure modes.",
        ),
        (
            "I chose the stack first: LangChain and Weaviate, and then I searched for a use case.",
            "I chose the stack last, once we knew the volume, and then I searched for the docs.",
        ),
        (
            "My default stack is LangGraph, Qdrant and Claude, I always start from there.",
            "My default is to ask the users first, and the stack follows from what they say.",
        ),
        (
            "That's just the stack I reach for, I set it up on day one and then worked out the "
            "rest.",
            "I set up Postgres on day one and then worked out the rest of the budget with finance.",
        ),
    ],
)
def test_a_stack_set_up_before_its_use_is_tools_first_in_any_answer(first, near_miss) -> None:
    """Issue 13's blind parts: tools chosen, then a use for them looked for, said as working
    out what to put in them, or a stack picked out of habit."""
    assert "tools-before-requirements" in mistakes(first, "portfolio-project")
    assert "tools-before-requirements" not in mistakes(near_miss, "portfolio-project")


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "Half our support tickets were the same twenty questions.",
            "Our support tickets have a subject and a body.",
        ),
        ("The clerks were re-keying every invoice from PDFs.", "The clerks file every invoice."),
        (
            "Associates were spending, like, a whole week on each data room.",
            "Associates were given a data room.",
        ),
        (
            "The registry used to get hundreds of emails a term.",
            "The registry sends a newsletter each term.",
        ),
        (
            "Every morning somebody must look at each failed job.",
            "Failed jobs page whoever is on call.",
        ),
    ],
)
def test_production_problems_in_more_words(problem: str, near_miss: str) -> None:
    assert score(problem, "production_problem") >= 4
    assert score(near_miss, "production_problem") == 2


def test_asked_for_ml_experience_the_tech_may_come_before_the_problem() -> None:
    text = (
        "Seven months with LLM APIs and RAG. I used LangChain and pgvector with GPT-4 mostly. "
        "I tuned the retrieval and the prompts. Half our support tickets were the same twenty "
        "questions, so I built a help assistant. I measured it on two hundred questions. It has "
        "been running since spring. The mobile team uses it too. I own its releases."
    )
    assert score(text, "production_problem", "ml-experience") >= 4
    assert score(text, "production_problem", "why-ai-engineering") == 2


@pytest.mark.parametrize(
    ("practice", "near_miss"),
    [
        (
            "Unclear letters go to a person, and we ran it in shadow for a month.",
            "We ran it for a month and people liked it.",
        ),
        (
            "I made a labelled set of five hundred reports and measured recall against the rules.",
            "I read five hundred reports.",
        ),
        (
            "We rerun it every time marketing changes a promo, and check the answers every week.",
            "Marketing changes a promo every week.",
        ),
    ],
)
def test_rigor_in_more_words(practice: str, near_miss: str) -> None:
    assert score(practice, "engineering_rigor") >= 3
    assert score(near_miss, "engineering_rigor") < 3


# --- issue 13, fifth round: dev5's and dev6's ways of saying the mistakes ----------------------
@pytest.mark.parametrize(
    ("kind", "said", "near_miss"),
    [
        (
            "apologising-for-background",
            "I'm not from a research background, so I'd completely understand if that's a factor.",
            "I'm not from a research background. What I bring is ten years of on-call.",
        ),
        (
            "apologising-for-background",
            "I'm sorry it's so small, I've only just been doing front-end for years.",
            "It's small: one service, tested and monitored.",
        ),
        (
            "minimising-swe-experience",
            "I was only in support, I answered tickets, nothing like real engineering.",
            "I was in support for two years, then on the payments team.",
        ),
        (
            "overselling-ai",
            "Honestly I've got researcher level knowledge, the engineering is easy for me.",
            "The researchers had the knowledge; the engineering was my part.",
        ),
        (
            "overselling-ai",
            "Once it has learned the documents it will not hallucinate.",
            "It still hallucinates now and then, so every answer cites a page.",
        ),
        (
            "ai-is-hot",
            "Everyone at the meetups now talks about AI, and the CEO says we must be AI-first.",
            "I chose to learn the ops for AI first.",
        ),
        (
            "ai-is-hot",
            "Honestly it's where all the opportunity is right now.",
            "The opportunity was in the support queue.",
        ),
        (
            "comparing-to-researchers",
            "I'm not in their league, the lads with the doctorates have that covered.",
            "The lads on my team covered the night shift.",
        ),
    ],
)
def test_mistakes_in_the_fifth_rounds_words(kind: str, said: str, near_miss: str) -> None:
    assert kind in mistakes(said)
    assert kind not in mistakes(near_miss)


def test_a_rhetorical_who_does_after_the_gap_is_no_apology() -> None:
    said = "I don't have formal ML experience, but honestly, who does at this point?"
    assert "apologising-for-background" not in mistakes(said, "ml-experience")


def test_a_tool_named_before_the_questions_in_one_sentence() -> None:
    first = "So first I would set up vLLM and Qdrant, and then I would ask how fast it must be."
    assert "tools-before-requirements" in mistakes(first, "system-design")
    asked = "First I'd ask where the data can go: can we send it to OpenAI, or must it stay?"
    assert "tools-before-requirements" not in mistakes(asked, "system-design")


def test_an_apology_rewrite_drops_the_apologetic_parts() -> None:
    said = (
        "I'm very conscious that I'm not from a research background, I came up through QA, "
        "so I understand if that is a concern for you."
    )
    feedback = feedback_for(said)
    assert "apologising-for-background" in [m.kind for m in feedback.mistakes]
    for rewrite in feedback.rewrites:
        assert "concern" not in rewrite.rewrite and "conscious" not in rewrite.rewrite
        assert not mistakes(rewrite.rewrite), rewrite.rewrite


@pytest.mark.parametrize(
    ("gap_and_strength", "hanging"),
    [
        (
            "Model training I have not done. What I built is a claims assistant with its evals.",
            "Model training I have not done. We used Python mostly.",
        ),
        (
            "If you mean have I trained a transformer from scratch, no. What I've got is the "
            "boring stuff: timeouts, fallbacks and traces on every call.",
            "If you mean have I trained a transformer from scratch, no. It was a busy year.",
        ),
        (
            "Infrastructure is not my strong part, but I know how docs break, and that is what I "
            "bring.",
            "Infrastructure is not my strong part. It was a busy year.",
        ),
        (
            "I have not built evaluation for LLMs before. But in firmware we test everything on a "
            "bench before release, and I'd do the same.",
            "I have not built evaluation for LLMs before. The weather was bad.",
        ),
        (
            "My weak place is production. Evaluation design is my strong side.",
            "My weak place is production. We moved offices.",
        ),
    ],
)
def test_gaps_and_strengths_in_the_fifth_rounds_words(gap_and_strength: str, hanging: str) -> None:
    assert score(gap_and_strength, "honest_gaps") >= 4
    assert score(hanging, "honest_gaps") == 2


def test_a_gap_owned_by_someone_who_undersells_the_rest_is_still_honest() -> None:
    said = (
        "I don't know the ML theory properly. I have been just a backend developer, nothing "
        "fancy. But I built a support assistant that has run in production for four months."
    )
    assert "minimising-swe-experience" in mistakes(said)
    assert score(said, "honest_gaps") >= 4
    oversold = "I don't know the ML theory properly. But honestly I can build anything with AI."
    assert score(oversold, "honest_gaps") == 2


def test_a_missing_repo_is_no_gap() -> None:
    said = "It mostly works. I don't have a repo for it right now but I can describe it."
    assert score(said, "honest_gaps") == 2


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        ("Ticket volume came down after launch, maybe fifteen percent.", "The server came down."),
        ("Got it under a grand a month.", "Got it running on a Tuesday."),
        ("Recruiters say they save around two hours a day.", "Save the file before you quit."),
        (
            "First-pass review has gone from a day to a couple of hours.",
            "The review has gone to the legal team.",
        ),
        (
            "Now the monthly report takes two days, not one week.",
            "The monthly report has ten pages.",
        ),
        (
            "Now the first review is done in one day.",
            "The first review is done by a partner.",
        ),
        (
            "We cut fraud losses by about thirty percent.",
            "We cut the fraud model's features down.",
        ),
        (
            "If it takes a quarter of the night calls off the pharmacist, that's the case for it.",
            "We alert if the share of grounded answers drops by a quarter.",
        ),
        (
            "I classified them in two hours; before, it took my team two weeks.",
            "I classified them in two passes.",
        ),
    ],
)
def test_business_outcomes_in_the_fifth_rounds_words(outcome: str, near_miss: str) -> None:
    assert score(outcome, "business_impact") >= 3
    assert score(near_miss, "business_impact") < 3


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "Our legal team was spending half a day per renewal digging through old contracts.",
            "Our legal team reviews renewals by clause.",
        ),
        ("Tickets kept going to the wrong queue at our helpdesk.", "I joined the queue team."),
        (
            "Every time a supplier changed a letterhead the whole parser fell over.",
            "Every supplier has its own letterhead.",
        ),
        (
            "We get eight thousand comments a month and nobody was reading them.",
            "We get comments, and nobody's complained about the new form.",
        ),
        (
            "At the lender the office phones were ringing the whole day with balance questions.",
            "At the lender the office has new phones.",
        ),
    ],
)
def test_production_problems_in_the_fifth_rounds_words(problem: str, near_miss: str) -> None:
    assert score(problem, "production_problem") >= 4
    assert score(near_miss, "production_problem") == 2


@pytest.mark.parametrize(
    ("practice", "near_miss"),
    [
        (
            "I log every query and what came back, and I go through them on a Sunday. We added "
            "retries when their system is slow.",
            "I listen to podcasts on a Sunday.",
        ),
        (
            "I checked it against five hundred comments I labelled, the agreement was ninety one "
            "percent, and I recheck a sample every month.",
            "We reached agreement with the union every month.",
        ),
        (
            "Routing the easy questions to a smaller model cut the latency and the monthly bill.",
            "The monthly bill arrived late.",
        ),
    ],
)
def test_rigor_in_the_fifth_rounds_words(practice: str, near_miss: str) -> None:
    assert score(practice, "engineering_rigor") >= 3
    assert score(near_miss, "engineering_rigor") < 3


# --- issue 13, sixth round: dev8's words -----------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "said", "near_miss"),
    [
        (
            "overselling-ai",
            "I don't think I have a real weak spot in AI; I'm pretty much across all of it.",
            "I have a weak spot for old synthesizers.",
        ),
        (
            "overselling-ai",
            "The agent basically replaces a customer support team and can handle pretty much "
            "anything.",
            "The agent replaces the nightly export script.",
        ),
        (
            "comparing-to-researchers",
            "I'd say I've got a more practical focus than the research crowd.",
            "The research crowd at the conference was friendly.",
        ),
        (
            "minimising-swe-experience",
            "Before this I was just doing web backend stuff, not proper engineering really.",
            "Before this I did web backend work, payments mostly.",
        ),
        (
            "apologising-for-background",
            "I haven't trained any models, sorry, I know that's a big gap and I feel bad about it.",
            "I haven't trained any models; what I bring is the evals and the on-call.",
        ),
    ],
)
def test_mistakes_in_the_sixth_rounds_words(kind: str, said: str, near_miss: str) -> None:
    assert kind in mistakes(said)
    assert kind not in mistakes(near_miss)


def test_a_tool_named_after_the_speaker_says_they_would_ask_first() -> None:
    asked = "First I'd ask where the data can go: can we send it to OpenAI at all?"
    assert "tools-before-requirements" not in mistakes(asked, "system-design")
    guessed = "I guess I'd use LangChain and OpenAI, and some vector database, maybe Pinecone?"
    assert "tools-before-requirements" in mistakes(guessed, "system-design")


def test_response_times_under_a_day_now_is_an_outcome() -> None:
    assert score("Support response times are under a day now.", "business_impact") >= 3
    assert score("Support response times are listed on the page.", "business_impact") < 3


@pytest.mark.parametrize(
    ("gap_and_strength", "hanging"),
    [
        (
            "I haven't trained models. What I brought was retries, traces and a canary release.",
            "I haven't trained models. The office moved in May.",
        ),
        (
            "I've never trained a vision model, but making things dependable week after week is "
            "exactly my background.",
            "I've never trained a vision model, and the weather was bad.",
        ),
        (
            "I never put a system like this in production myself. But I built a clinic's portal "
            "for four years.",
            "I never put a system like this in production myself. The clinic closed.",
        ),
    ],
)
def test_gaps_and_strengths_in_the_sixth_rounds_words(gap_and_strength: str, hanging: str) -> None:
    assert score(gap_and_strength, "honest_gaps") >= 4
    assert score(hanging, "honest_gaps") == 2


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        ("Referrals back to the wording team are down about thirty percent.", "The team is down."),
        ("Finance now closes the month two days earlier.", "Finance closes the month on a Friday."),
        (
            "The target is policy lookup going from four minutes to thirty seconds.",
            "The policy is four pages long.",
        ),
        ("Urgent cases now get seen the same afternoon.", "Urgent cases are flagged in red."),
    ],
)
def test_business_outcomes_in_the_sixth_rounds_words(outcome: str, near_miss: str) -> None:
    assert score(outcome, "business_impact") >= 3
    assert score(near_miss, "business_impact") < 3


@pytest.mark.parametrize(
    ("kind", "said", "near_miss"),
    [
        (
            "overselling-ai",
            "On the applied side I'm honestly top tier; my RAG systems don't hallucinate.",
            "On the applied side I measure how often it hallucinates, weekly.",
        ),
        (
            "overselling-ai",
            "I haven't trained a model, but honestly that's the easy bit.",
            "I haven't trained a model; the evals were the hard part for us.",
        ),
        (
            "ai-is-hot",
            "Honestly? The salaries, and recruiters are filtering for it now.",
            "Honestly? The claims backlog, and the adjusters asking for help.",
        ),
        (
            "ai-is-hot",
            "My manager said that's where the headcount is going, it feels safer on the AI side.",
            "My manager said the headcount is flat this year.",
        ),
        (
            "comparing-to-researchers",
            "I'm not a Kaggle grandmaster type, those guys are on another planet.",
            "I entered one Kaggle competition for fun.",
        ),
        (
            "comparing-to-researchers",
            "A proper research scientist would do a far better job than me on the embeddings.",
            "A research scientist on our team trained the embeddings.",
        ),
        (
            "tools-before-requirements",
            "So I grabbed the trendiest stack I could find, and then thought, what can I build "
            "with this?",
            "So the weakness is the modern stack; I'm slower with PyTorch.",
        ),
    ],
)
def test_mistakes_in_dev7s_words(kind: str, said: str, near_miss: str) -> None:
    assert kind in mistakes(said)
    assert kind not in mistakes(near_miss)


def test_a_problem_about_the_speaker_is_no_production_problem() -> None:
    assert score("I know that's probably a problem for you.", "production_problem") == 2
    assert score("I don't see why that's a problem.", "production_problem") == 2
    said = "Our claims team had a problem: forms piled up for weeks."
    assert score(said, "production_problem") >= 4


@pytest.mark.parametrize(
    ("gap_and_strength", "hanging"),
    [
        (
            "I don't know vision models deeply, but I know how to check the output.",
            "I don't know vision models deeply, and the scans were blurry.",
        ),
        (
            "I couldn't tell you much about how the model's trained, and for this I don't need "
            "to; what I do know is how to put guard rails around it.",
            "I couldn't tell you much about how the model's trained, and it was a busy year.",
        ),
        (
            "I am not expert in how the models are trained, but I know how to make the system "
            "reliable.",
            "I am not expert in how the models are trained, and the office was small.",
        ),
        (
            "I can't train a model. My job is the part between their model and the worker with "
            "a truck.",
            "I can't train a model. The trucks were late.",
        ),
        (
            "So, no model training myself. What I add is that it keeps working when data changes.",
            "So, no model training myself. The data changed in March.",
        ),
        (
            "Haven't done any model training, that's not my area. I'm a solid engineer though.",
            "Haven't done any model training, that's not my area. The weather was fine though.",
        ),
        (
            "I don't have the clinical or statistical background to say how safe it is, so I "
            "designed it to only ever flag to a pharmacist.",
            "I don't have the clinical or statistical background to say how safe it is, so it "
            "went to a pharmacist.",
        ),
    ],
)
def test_gaps_and_strengths_in_the_seventh_rounds_words(gap_and_strength: str, hanging: str):
    assert score(gap_and_strength, "honest_gaps") >= 4
    assert score(hanging, "honest_gaps") == 2


def test_a_number_one_cannot_recall_is_no_gap() -> None:
    text = "I couldn't tell you the exact number, but it was around thirty percent."
    assert score(text, "honest_gaps") == 2
    assert "Names no gap" in rule_feedback(CoachRequest(text)).framework["honest_gaps"].evidence


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "Ground staff ask about baggage rules, and the answers are scattered across forty "
            "airline manuals.",
            "Ground staff ask about baggage rules, and the answers come from forty airline "
            "manuals.",
        ),
        (
            "A fifth of requests bounced between departments, sometimes for weeks.",
            "A fifth of requests went to the roads department.",
        ),
        (
            "Pharmacists caught those notes by eye, and sometimes didn't.",
            "Pharmacists read those notes every morning.",
        ),
        (
            "Before, people typed them in all night.",
            "Before, people voted all day.",
        ),
    ],
)
def test_problems_in_the_seventh_rounds_words(problem: str, near_miss: str) -> None:
    assert score(problem, "production_problem") >= 4
    assert score(near_miss, "production_problem") == 2


@pytest.mark.parametrize(
    ("apology", "near_miss"),
    [
        (
            "Um, sorry, it's not a proper ML project, I should say that first.",
            "Sorry, the API was not a proper fit, so we moved on.",
        ),
        (
            "I'm sorry, I know that's not proper machine learning.",
            "Sorry, I know it's not a real AI problem, it is a search problem.",
        ),
    ],
)
def test_work_called_no_real_ml_with_an_apology_apologises(apology: str, near_miss: str) -> None:
    assert "apologising-for-background" in mistakes(apology)
    assert "apologising-for-background" not in mistakes(near_miss)


@pytest.mark.parametrize(
    ("kind", "said", "near_miss"),
    [
        (
            "overselling-ai",
            "After the two courses I understand the theory really deeply.",
            "After the two courses I don't understand the theory deeply yet.",
        ),
        (
            "overselling-ai",
            "I'd say my ML experience is stronger than most people who only use APIs.",
            "I'd say my ML experience is about two years of API work.",
        ),
        (
            "overselling-ai",
            "My approach is on par with what the research labs publish.",
            "My approach borrows from what the research labs publish.",
        ),
        (
            "ai-is-hot",
            "Recruiters kept messaging me about AI roles, for a lot more than I make.",
            "Recruiters kept messaging me about Java roles.",
        ),
        (
            "ai-is-hot",
            "If I don't move now I'll be the legacy guy forever.",
            "If I don't move the index now the search gets stale.",
        ),
        (
            "minimising-swe-experience",
            "I was left maintaining the results backend, which is just the plumbing.",
            "The engineering side is the easy part for me, it's just plumbing.",
        ),
        (
            "minimising-swe-experience",
            "It was logistics software for tours, nothing technical really.",
            "It was logistics software for tours, with a technical twist.",
        ),
        (
            "comparing-to-researchers",
            "The PhDs who invent the models, I know I'm way below that level.",
            "The PhDs who invent the models do a different job from mine.",
        ),
    ],
)
def test_mistakes_in_the_seventh_rounds_words(kind: str, said: str, near_miss: str) -> None:
    assert kind in mistakes(said)
    assert kind not in mistakes(near_miss)


def test_a_tool_choice_held_off_is_no_tool_named_first() -> None:
    held = (
        "I'm going to hold off on picking a vector database: pgvector or something hosted "
        "depends on answers I don't have yet. What latency can the clerks live with?"
    )
    assert "tools-before-requirements" not in mistakes(held, "system-design")
    picked = "I'd pick pgvector and hold off on the reranker. What latency can they live with?"
    assert "tools-before-requirements" in mistakes(picked, "system-design")


@pytest.mark.parametrize(
    ("named_first", "set_aside"),
    [
        (
            "My gut says Elasticsearch plus an embedding model, and I'd set that up first.",
            "My gut says Elasticsearch plus an embedding model, but, uh, actually, let me park "
            "that, I should ask first.",
        ),
        (
            "I'd say Pinecone and LangChain, and I'd rather know the volumes later.",
            "The reflex is to say Pinecone and LangChain, but I'd rather know a few things first.",
        ),
        (
            "I'd call OpenAI for the summaries, simple as that.",
            "I won't design anything as clever as the researchers at OpenAI, so I'd keep it "
            "simple.",
        ),
    ],
)
def test_a_tool_set_aside_in_its_sentence_is_no_tool_named_first(
    named_first: str, set_aside: str
) -> None:
    """A tool named and set aside for the questions in its own sentence ("let me park that,
    I should ask first"), or a company named as where people work, is no tool proposed."""
    ask = " How many documents are there, and how fresh must they be?"
    assert "tools-before-requirements" in mistakes(named_first + ask, "system-design")
    assert "tools-before-requirements" not in mistakes(set_aside + ask, "system-design")


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        ("The vets now spend maybe one hour, not four.", "The vets spend one hour on rounds."),
        (
            "Clerks stop emailing the registrar, hours a week back on both sides.",
            "Clerks email the registrar for hours a week.",
        ),
        (
            "The notes that slipped through to the wards went from a handful a month to one.",
            "The notes go to the wards every morning at six.",
        ),
        (
            "We'd reduce the calls to the help desk by a third.",
            "I'd improve the test set, it's only fifty questions.",
        ),
        (
            "It answers thirty questions a day that used to go to the desk, down from fifty.",
            "On my thirty test questions it went from nineteen right to twenty-six.",
        ),
        (
            "The tool takes two hours off each clerk's day.",
            "That's where the money is, if one of them takes off.",
        ),
    ],
)
def test_outcomes_in_the_seventh_rounds_words(outcome: str, near_miss: str) -> None:
    assert score(outcome, "business_impact") >= 3
    assert score(near_miss, "business_impact") < 3


@pytest.mark.parametrize(
    ("practice", "kind", "near_miss"),
    [
        ("The pharmacist still decides.", "error handling", "The pharmacist still works nights."),
        (
            "Every suggestion is shown and the operator confirms it.",
            "error handling",
            "The operator confirms the booking by phone at noon.",
        ),
        ("We tracked the bounce rate weekly.", "monitoring", "We tracked down the bounce."),
        (
            "We run it in parallel with the keyword system for three months.",
            "deployment",
            "We run a keyword system for three months.",
        ),
        (
            "Plain embeddings got about 60 percent of the right passages into the top five.",
            "evaluation metrics",
            "Plain embeddings were the first thing I tried.",
        ),
    ],
)
def test_practices_in_the_seventh_rounds_words(practice: str, kind: str, near_miss: str) -> None:
    assert kind in rigor_kinds(practice)
    assert kind not in rigor_kinds(near_miss)


_A_VERSUS_B = "compares approach A with a metric to approach B with a better metric"


@pytest.mark.parametrize(
    ("compared", "near_miss"),
    [
        (
            "Pure embedding search had the right drug in the top three about 64 percent of the "
            "time; adding a small lookup of brand names took it to 89.",
            "Pure embedding search is what we use; adding a lookup is next, for 64 clinics.",
        ),
        (
            "With plain vector search the right article was in the top three six times out of "
            "ten. Then I added hybrid search, and it went up to eight and a half out of ten.",
            "I added an image step. I haven't compared versions; that's the first thing I'd fix, "
            "on fifty requests. Officers answer a third more requests.",
        ),
        (
            "Approach one sent the full thread: p95 was 9.4 seconds. Approach two summarises "
            "each chunk, and p95 went to two point one seconds.",
            "The first version did loop forever sometimes, so I added a limit, and now it "
            "finishes ninety-five percent of tasks.",
        ),
        (
            "First I used plain embeddings, recall at five was point four eight. Then I added a "
            "rewriting step, and recall went to point seven one.",
            "First I used plain embeddings. Then I added a rewriting step; the point is to learn.",
        ),
        (
            "First I tried a small on-device model, replies took two point one seconds. Then we "
            "moved it to the server, that got it to around six hundred milliseconds.",
            "First I tried a small on-device model. Then we moved it to the server, for the "
            "hundreds of users.",
        ),
    ],
)
def test_two_approaches_compared_with_figures(compared: str, near_miss: str) -> None:
    assert hits(compared, _A_VERSUS_B)
    assert not hits(near_miss, _A_VERSUS_B)


def test_a_gap_named_as_the_gap_or_the_weakness_turns_to_a_strength() -> None:
    text = (
        "The gap is depth: I've seen one system in production, not ten. But I do know how to "
        "keep a service running."
    )
    assert score(text, "honest_gaps") >= 4
    assert score("The gap is depth: I've seen one system, not ten.", "honest_gaps") == 2
    between = rule_feedback(CoachRequest("The gap between the platforms is a second."))
    assert between.framework["honest_gaps"].evidence.startswith("Names no gap")


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "overselling-ai",
            "If I needed to train a model I'm confident I'd pick it up in a couple of weeks.",
            "If I needed to train a model I'd pair with someone who has done it.",
            None,
        ),
        (
            "overselling-ai",
            "It does what an analyst does in a day in about five minutes.",
            "It drafts what an analyst then checks in a day.",
            None,
        ),
        (
            "overselling-ai",
            "I honestly think it could do most of the jobs in our office already.",
            "I honestly think it could help with some of the jobs in our office.",
            None,
        ),
        (
            "overselling-ai",
            "Hallucination isn't really an issue once it's trained on the right data.",
            "Hallucination is the main issue, so every answer cites its rule.",
            None,
        ),
        (
            "ai-is-hot",
            "I started because everyone in tech was moving to AI.",
            "I started because the clerks were moving to the new building.",
            None,
        ),
        (
            "ai-is-hot",
            "I picked LangChain since those are the names in all the job ads.",
            "I read the job ad twice before applying.",
            None,
        ),
        (
            "minimising-swe-experience",
            "At the brewery I mostly just wired up the ordering screens, nothing that would count "
            "as real engineering.",
            "At the brewery I wired up the ordering screens to the stock system and kept it up.",
            None,
        ),
        (
            "minimising-swe-experience",
            "What I've been doing is just forms and databases.",
            "What I've been doing is forms and databases for eight hospitals.",
            None,
        ),
        (
            "comparing-to-researchers",
            "I know I'm not going to compete with people who did their PhDs in machine learning, "
            "and I'm sorry about that.",
            "I'm not competing with people who did their PhDs in machine learning.",
            None,
        ),
        (
            "comparing-to-researchers",
            "The people who do fine-tuning research for a living would struggle to keep a box "
            "office system up.",
            "The people who do fine-tuning research for a living work on other problems.",
            None,
        ),
        (
            "apologising-for-background",
            "Real machine learning experience, no, not really, I'm sorry.",
            "Real machine learning experience, no, but I've shipped two LLM features.",
            "ml-experience",
        ),
        (
            "tools-before-requirements",
            "I set up LangChain with Pinecone first and then went looking for something to point "
            "it at.",
            "I'd start with the users. LangChain or not comes later.",
            None,
        ),
    ],
)
def test_mistakes_in_dev10s_words(kind: str, said: str, near_miss: str, category: str | None):
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


def test_a_tool_named_and_taken_back_is_no_tool_first() -> None:
    taken_back = (
        "I'd start with Pinecone and, actually, no, let me back up, that's the wrong end. "
        "What's the latency budget?"
    )
    assert "tools-before-requirements" not in mistakes(taken_back, "system-design")
    kept = "I'd start with Pinecone and a reranker. What's the latency budget?"
    assert "tools-before-requirements" in mistakes(kept, "system-design")


def test_what_i_am_good_at_is_a_strength_after_the_gap() -> None:
    text = (
        "I am not an ML person in the training sense. What I am good at is making sure a "
        "pipeline does not lose a letter."
    )
    assert score(text, "honest_gaps") >= 4
    assert "apologising-for-background" not in mistakes(text)


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "By spring sixty-one of the eighty teachers in the pilot were using it every week.",
            "By spring sixty-one of the eighty teachers in the pilot had heard of it.",
        ),
        (
            "She hasn't had one of those three a.m. calls since March.",
            "She has one of those three a.m. calls every March.",
        ),
        (
            "We had four late-filing penalties the quarter before, none since.",
            "We had four late-filing penalties the quarter before.",
        ),
        (
            "Now the planners don't retype anything.",
            "The planners don't like the new screens.",
        ),
        (
            "If this answers sixty percent of those calls, the queue at shift change halves.",
            "If this answers sixty percent of those calls, the desk can take a break.",
        ),
        (
            "If new starters stop ringing their supervisor on nights, that's the supervisor's "
            "night back.",
            "The supervisor works nights and sends the rota back.",
        ),
        (
            "It flagged a bad batch, so we pulled the pallets instead of doing a recall.",
            "We measured recall at ten, it went from 0.6 to 0.85.",
        ),
        (
            "Rejections are down to about one in twenty, which we used to write off.",
            "Rejections go to the receptionist.",
        ),
    ],
)
def test_outcomes_in_dev10s_words(outcome: str, near_miss: str) -> None:
    assert score(outcome, "business_impact") >= 3
    assert score(near_miss, "business_impact") < 3


@pytest.mark.parametrize(
    ("gap_and_strength", "hanging"),
    [
        (
            "So yeah, theory's the gap, shipping this stuff safely is the bit I'm good at.",
            "So yeah, theory's the gap, and the trains were late.",
        ),
        (
            "My weak side is the modelling, I have never trained a model, I put that time into "
            "making features that survive an audit.",
            "My weak side is the modelling, I have never trained a model, the audit was in May.",
        ),
        (
            "I haven't tuned rerankers myself, I'd lean on someone who has, but the rollout and "
            "the monitoring, that's mine.",
            "I haven't tuned rerankers myself, and the rulebook is long.",
        ),
        (
            "I have not run a reranker in production myself, where I'm on firm ground is the "
            "evaluation and alerting around it.",
            "I have not run a reranker in production myself, the ground floor is being rebuilt.",
        ),
        (
            "I'm not strong on how vision models work inside. What I could do was build the "
            "checking around it.",
            "I'm not strong on how vision models work inside. The scans were crooked.",
        ),
        (
            "I don't understand embeddings that deeply. But the search that I built on it falls "
            "back to keywords when it finds nothing.",
            "I don't understand embeddings that deeply. The collection is large.",
        ),
        (
            "I can't build a model and I don't understand the training side properly. What I can "
            "do is keep a call-summary service running.",
            "I can't build a model and I don't understand the training side properly.",
        ),
    ],
)
def test_gaps_and_strengths_in_dev10s_words(gap_and_strength: str, hanging: str) -> None:
    assert score(gap_and_strength, "honest_gaps") >= 4
    assert score(hanging, "honest_gaps") == 2


def test_a_weakness_answer_opened_with_a_word_names_its_gap_in_the_next_sentence() -> None:
    text = (
        "Honestly? The theory. If you asked me to derive attention I'd be bluffing. I made a "
        "call a year ago that my evenings go on evaluation and ops."
    )
    assert score(text, "honest_gaps", "biggest-weakness") >= 4
    hanging = "Honestly? The theory. If you asked me to derive attention I'd be bluffing."
    assert score(hanging, "honest_gaps", "biggest-weakness") == 2


@pytest.mark.parametrize("opener", ["Um...", "So, um...", "Okay.", "Weakness, um."])
def test_an_opener_that_only_takes_the_floor_is_not_quoted_as_the_gap(opener: str) -> None:
    """The gap a weakness answer names without gap words is its first sentence that says
    something: "Um..." is no gap to quote. A weakness denied before a gap is named is still
    taken back."""
    hanging = f"{opener} The statistics. I never studied it past school."
    assert '"The statistics"' in evidence(hanging, "honest_gaps", "biggest-weakness")
    denied = (
        f"{opener} I don't really think I have one. I'd say I'm a perfectionist, that's "
        "probably my weakness, I keep polishing the prompts."
    )
    assert "takes it back" in evidence(denied, "honest_gaps", "biggest-weakness")


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "Teachers were spending their Sunday nights writing feedback on essays.",
            "Teachers were planning their Sunday trips.",
        ),
        (
            "The markers are overloaded in June, and the second marking was always late.",
            "The markers meet in June, and the second marking follows.",
        ),
        (
            "Agents had to write up every call, and customers were ringing back to explain again.",
            "Agents answer every call in the morning.",
        ),
        (
            "Before, the nurses were writing them at the end of the shift.",
            "Before, the nurses met at the end of the shift.",
        ),
        (
            "Twenty-three percent of answers quoted the rules of the wrong year.",
            "Twenty-three percent of answers quoted the rules of this year.",
        ),
    ],
)
def test_problems_in_dev10s_words(problem: str, near_miss: str) -> None:
    assert score(problem, "production_problem") >= 4
    assert score(near_miss, "production_problem") == 2


@pytest.mark.parametrize(
    ("practice", "kind", "near_miss"),
    [
        (
            "When the retriever comes back with nothing it drops to the old keyword search.",
            "error handling",
            "When the season ends the price drops to the old level.",
        ),
        (
            "We labelled four hundred letters together with caseworkers.",
            "testing",
            "We sent four hundred letters to caseworkers.",
        ),
        (
            "We ran it on five percent of the post first.",
            "deployment",
            "We get five percent of the post on Mondays.",
        ),
        (
            "There's a switch the duty controller can flip to turn it off.",
            "deployment",
            "There's a switch the duty controller uses for the lights.",
        ),
        (
            "Agents kept writing their own notes and we compared them.",
            "evaluation metrics",
            "Agents kept writing their own notes and we kept them.",
        ),
    ],
)
def test_practices_in_dev10s_words(practice: str, kind: str, near_miss: str) -> None:
    assert kind in rigor_kinds(practice)
    assert kind not in rigor_kinds(near_miss)


def test_an_issue_date_and_a_struggle_of_the_speaker_are_no_production_problem() -> None:
    dated = "I'd split the rulebook by rule and attach the rule number and issue date."
    assert score(dated, "production_problem") == 2
    mine = "I'd honestly struggle to name one at this point."
    assert score(mine, "production_problem") == 2
    theirs = "The clerks struggle to find the current rule."
    assert score(theirs, "production_problem") >= 4


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "We've not had a wrong opening-hours answer since.",
            "We chose a managed database, since we have no one to run one.",
        ),
        (
            "In the three months since, none.",
            "It has run every night since March.",
        ),
        (
            "The refunds queue was cleared by spring and it hasn't come back.",
            "The refunds queue wasn't cleared till about one in the afternoon.",
        ),
        (
            "Claims like these get settled in days rather than weeks.",
            "I spent days rather than evenings on it.",
        ),
        (
            "Now the harbour team only read the flagged reports instead of every single one.",
            "Now I use a hosted model instead of our own server.",
        ),
        (
            "Replies to families go out the same day now.",
            "For about two years now, all of it on APIs rather than training.",
        ),
        (
            "The valuers don't do the Friday digging anymore, they just ask it.",
            "Models don't really hallucinate any more if you give them the documents.",
        ),
        (
            "Volunteers hardly ever put anyone on hold for it now.",
            "I hardly ever use the notebook version now.",
        ),
        (
            "A misread shade used to mean a remake, and we've had, I think, two since March.",
            "We've had the same model since March.",
        ),
        (
            "We've had no rejected tankers in eight months.",
            "I've had no time to study in eight months.",
        ),
        (
            "We went three summers without a single double charge.",
            "I went three summers without a single day off.",
        ),
        (
            "Feedback now goes back in about five days.",
            "Now I can train one in a few days.",
        ),
        (
            "They found the previous fix in minutes, not an hour.",
            "I spent minutes, not an hour, on the prompt.",
        ),
        (
            "Those complaints were about one a month, I'd expect basically none.",
            "Those complaints were about one a month.",
        ),
        (
            "Which gave them back most of a Friday afternoon.",
            "I gave them back the laptop on a Friday afternoon.",
        ),
        (
            "The nurses said the callback list is about half what it was.",
            "The callback list is about half of the nurses' work.",
        ),
        (
            "Inspectors now file the same evening, which just wasn't possible before.",
            "Inspectors file the same form as before.",
        ),
        (
            "It was the first September she hadn't spent her weekends on the inbox.",
            "It was the first September I spent learning about embeddings.",
        ),
        (
            "This season, no matches without a referee.",
            "This season, no new features.",
        ),
        (
            "The manager went from getting called most nights to maybe once a fortnight.",
            "The manager went from Python to Go.",
        ),
        (
            "The tests caught it before it went out, which would have been a penalty.",
            "The tests run before it goes out.",
        ),
        (
            "Projected, handlers would stop double-checking every answer.",
            "Handlers double-check every answer.",
        ),
        (
            "If a claim that takes forty minutes takes twenty five, that's the business case.",
            "That's the business case really, it's cheap.",
        ),
        (
            "Misroutes went down to about six percent.",
            "Misroutes were about thirty percent of the emails.",
        ),
        (
            "Quote disputes at the gate are down by about half.",
            "Quote disputes at the gate went up by about half.",
        ),
        (
            "Failed drops went down about eighteen percent.",
            "Every failed drop costs us a second trip.",
        ),
        (
            "The coordinator reckons briefings go out roughly ten minutes quicker.",
            "The model answers roughly ten milliseconds quicker.",
        ),
        (
            "The editors got most of their Friday back.",
            "The editors got their Friday release out.",
        ),
        (
            "Since it went live in March nothing like that has reached a ward.",
            "Since it went live in March nothing has changed in the code.",
        ),
        (
            "It now answers about forty percent of the emails with a quick check from us.",
            "It answers questions about forty products from the catalogue.",
        ),
        (
            "Now one dispatcher handles it and the other two are back on planning.",
            "Now one dispatcher handles it and the other two are on holiday.",
        ),
        (
            "That's a couple of people's weeks given back, every week.",
            "That desk takes a few hundred calls a week.",
        ),
        (
            "And I'd judge it by handlers never quoting a superseded wording to a customer.",
            "And I'd judge it by its faithfulness score on the test set.",
        ),
        (
            "If it stops a handful of wrongly paid claims a month, it pays for itself.",
            "It has to pay for itself, so the claims model is small.",
        ),
        (
            "Reprints went from roughly one in fifteen funerals to about one in sixty.",
            "Reprints are printed on the same paper as the originals.",
        ),
        (
            "We haven't lost a melt to a software fault since twenty seventeen.",
            "I haven't used Java since twenty seventeen.",
        ),
        (
            "Last season nobody arrived without their arrangement.",
            "Last season I arrived without a plan.",
        ),
        (
            "The harness has stopped two bad changes reaching the website.",
            "The harness runs two checks before a change goes to the website.",
        ),
        (
            "They stopped double-booking costumes for the touring cast.",
            "They stopped by the costume store for the touring cast.",
        ),
        (
            "If handlers stop ringing underwriting, referrals drop by a third.",
            "Handlers ring underwriting about referrals a third of the time.",
        ),
        (
            "Success would be fewer second visits because the fitter brought the wrong part.",
            "Success would be an answer in under a second, latency below two hundred milliseconds.",
        ),
        (
            "I'd call it working if the deputy managers stop getting the same ten questions.",
            "I'd call it a vector store, it's nothing fancier than that.",
        ),
        (
            "And what I'd want it judged on is whether more simple repairs land inside five days.",
            "The answers are judged by a second model on faithfulness.",
        ),
        (
            "For me success is the handler stops putting tenants on hold to ask a supervisor.",
            "For me the success of the project was down to the team.",
        ),
        (
            "I'd judge it on whether calls to the on-call manager about policy drop.",
            "I'd judge it on its top-five hit rate.",
        ),
        (
            "The alterations we had to redo went from about one in twelve to one in forty.",
            "The corpus went from about two thousand to ten thousand documents.",
        ),
        (
            "Second visits are down to about twelve a month.",
            "Our latency is down to about two hundred milliseconds.",
        ),
        (
            "Re-dyes used to be about one in twelve and now it's more like one in twenty.",
            "I used to be a teacher for about twelve years and now I write code.",
        ),
        (
            "Wrong notices dropped to one in twenty after that.",
            "Second version, I gave it the fact sheets, and that dropped to one in twenty.",
        ),
        (
            "Before, the re-dyes were about forty a month and we're at five now.",
            "Before, the index held forty documents and it's at five hundred now.",
        ),
        (
            "The sub-editors got their Friday afternoons back.",
            "The sub-editors got their Friday edition back from the printer.",
        ),
        (
            "Since then the curator's phone stopped going off at night.",
            "The hope is that the supervisors stop ringing the nurse on call.",
        ),
        (
            "Last two months nobody has argued about a quote on the doorstep.",
            "Nobody has argued that the model should decide alone.",
        ),
    ],
)
def test_outcomes_in_dev20_to_dev46s_words(outcome: str, near_miss: str) -> None:
    """Among them (dev35 to dev46): the outcome a design is judged by and a count that changed,
    whatever they count (not a technical measure, the system's size, the speaker's own life or
    one version of the system against another), time handed back, and calls that stopped."""
    assert score(outcome, "business_impact") >= 3
    assert score(near_miss, "business_impact") < 3


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "Replies to families were taking three or four days.",
            "I was taking two evenings a week for the course.",
        ),
        (
            "Case managers hunted through four hundred page reports for one figure.",
            "I hunted for a good course for months.",
        ),
        (
            "The graders were missing some of the rot on the fast belts.",
            "I was missing the word for it.",
        ),
        (
            "A certificate went out with the wrong middle name.",
            "I typed the wrong name into the config once.",
        ),
        (
            "He turned up with two dogs and was furious.",
            "I was furious with myself for not testing it.",
        ),
        (
            "The coordinator has to work out whether it needs a legal interpreter.",
            "Someone like me has to figure out how to run it.",
        ),
        (
            "Every Monday the ops manager brought a printout of the loads it had mangled.",
            "Every Monday the ops manager brought a printout of the week's loads.",
        ),
        (
            "We had a rules engine with dropdowns and people just wrote around it.",
            "We had a rules engine with dropdowns and people liked it.",
        ),
        (
            "In the pilot it made up a ward name, twice.",
            "I made up the first test questions myself.",
        ),
        (
            "Our archive assistant started making up dates for old stories.",
            "Our archive assistant started summarising old stories.",
        ),
        (
            "Guests kept ringing reception about the deposit policy.",
            "Guests rang reception to book tables.",
        ),
        (
            "If a learner is stuck on a maths question they're stuck for days.",
            "A learner asks a maths question and gets a hint.",
        ),
        (
            "The volunteers can't always spot risk, and the keyword list missed it.",
            "The volunteers spot risk, and the keyword list flags it too.",
        ),
        (
            "Every call is different and the place names are misspelled; you can't write rules "
            "for that.",
            "Every call is different and we write a briefing for each one.",
        ),
        (
            "Half the files are described as miscellaneous. No rule fixes that.",
            "Half the files are described as letters. The rules sort them.",
        ),
        (
            "At the bakery we were binning something like fourteen hundred loaves a week.",
            "At the bakery we were baking something like fourteen hundred loaves a week.",
        ),
        (
            "When we misread the shade, the crown gets remade.",
            "When we read the shade, the crown gets made.",
        ),
        (
            "A message went straight to the presenter's screen. Nothing went on air, but it was "
            "close.",
            "A message went straight to the presenter's screen. Nothing went on air.",
        ),
        (
            "Our claims team had document problems: piles of PDFs nobody was reading.",
            "I think a lot of companies must have document problems.",
        ),
        (
            "At the depot most of the forms are still handled by hand.",
            "Every company has forms, and I'd imagine most of them still handle them by hand.",
        ),
        (
            "Our support inbox had a huge problem: half the emails went to the wrong team.",
            "Unstructured text is a huge problem just waiting to be solved.",
        ),
        (
            "The quote assistant had a problem: it invented panel models.",
            "Making it not invent things is an engineering problem, not a magic one.",
        ),
        (
            "The dispatchers were losing about an hour every morning reading the voicemails.",
            "The dispatchers were reading the voicemails every morning.",
        ),
        (
            "Students kept saying they had nobody to run lines with in the evenings.",
            "Students kept saying they liked running lines in the evenings.",
        ),
        (
            "Our drivers kept going to the wrong pickup.",
            "Our drivers kept going to the pickup.",
        ),
        (
            "The box office gets hammered on the days the Nutcracker goes on sale.",
            "The box office opens on the days the Nutcracker goes on sale.",
        ),
        (
            "At the depot the problem was parcels going to the wrong bay every night.",
            "I did a course, the Kaggle one, and the problem was the Titanic.",
        ),
        (
            "Council tenants kept ringing because they couldn't find the repair policies.",
            "I assumed council tenants probably struggle to find the repair policies.",
        ),
        (
            "Our customer service desk was drowning in refund emails every Monday.",
            "If you look at customer service as an industry, it's drowning.",
        ),
        (
            "We had a real problem with invoices keyed twice at the print works.",
            "We don't have this kind of problem so much at the print works.",
        ),
        (
            "The big problem at the lab was shades misread on handwritten slips.",
            "I know it is a big problem for this job, I'm sorry.",
        ),
    ],
)
def test_problems_in_dev20_to_dev46s_words(problem: str, near_miss: str) -> None:
    """Among them (dev35 to dev46), no problem of the work: an exercise's, one assumed or an
    industry's, one the speaker does not have, or the speaker's gap as a problem for the role."""
    assert score(problem, "production_problem") >= 4
    assert score(near_miss, "production_problem") < 3


@pytest.mark.parametrize(
    ("gap", "near_miss"),
    [
        (
            "Honestly? I've never trained a model myself. What I'm good at is keeping the "
            "bookings system running through three summers.",
            "Honestly? I don't think I've got a big weakness in AI. What I'm good at is keeping "
            "the bookings system running through three summers.",
        ),
        (
            "My weakness is that I rush to build before I ask enough questions, but what I "
            "bring is that I test everything on real cases.",
            "My weakness is that I'm a bit of a perfectionist, but what I bring is that I test "
            "everything on real cases.",
        ),
        (
            "Honestly? I haven't done fine-tuning. What I'm good at is the evaluation around "
            "the model.",
            "Honestly? I don't really think I have one on the AI side. What I'm good at is the "
            "evaluation around the model.",
        ),
        (
            "I've never trained a model, but keeping the batch system honest in harvest, that I "
            "know.",
            "I've never trained a model, but the maths behind it, that I don't know either.",
        ),
    ],
)
def test_gaps_in_dev35_to_dev46s_words(gap: str, near_miss: str) -> None:
    """No weakness claimed, or a strength dressed as one, is no honest gap; a strength fronted
    after "but" ("but keeping it running, that I know") turns a gap."""
    assert score(gap, "honest_gaps", "system-design") >= 4
    assert score(near_miss, "honest_gaps", "system-design") < 3


def test_double_booking_is_no_number_and_stopping_by_is_no_outcome() -> None:
    stopped = evidence(
        "They stopped double-booking costumes for the touring cast.", "business_impact"
    )
    assert stopped.startswith("A business outcome, but without a number")
    assert score("They doubled the bookings for the touring cast.", "business_impact") == 5
    visit = "They stopped by the costume store on the touring days."
    assert score(visit, "business_impact") < 3
    assert score("They stopped waiting days for the costume store.", "business_impact") >= 3


def test_a_design_driven_by_something_done_that_should_not_have_been() -> None:
    asks = " Is it live on calls?"
    approved = (
        "At the solar installer I work for, our warranty team used a search tool and approved "
        "a claim for an inverter that wasn't covered."
    )
    assert score(approved + asks, "production_problem", "system-design") == 5
    covered = (
        "At the solar installer I work for, our warranty team used a search tool and approved "
        "a claim for an inverter that was covered."
    )
    assert score(covered + asks, "production_problem", "system-design") == 2


def test_a_design_driven_by_the_problem_the_next_sentence_points_back_to() -> None:
    told = (
        "I work at an insurance broker, and every day our handlers ring the underwriters and "
        "sometimes wait a day for the answer. "
    )
    asks = "Do the endorsements change mid-term?"
    assert (
        score(
            told + "That's the problem I'd design for. " + asks,
            "production_problem",
            "system-design",
        )
        == 5
    )
    assert (
        score(told + "That's the design I'd build. " + asks, "production_problem", "system-design")
        == 2
    )
    hobby = "I read about insurance brokers, and handlers ring the underwriters a lot. "
    assert (
        score(
            hobby + "That's the problem I'd design for. " + asks,
            "production_problem",
            "system-design",
        )
        == 2
    )
    met = "I come from hospital records, and the real problem there was scans search missed."
    assert score(met + " " + asks, "production_problem", "system-design") == 5


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "ai-is-hot",
            "AI is hot right now. No doubt about it, everyone wants it.",
            "People assume it's because AI is hot. It isn't, really. Our routing rules sent a "
            "third of the emails to the wrong team.",
            "why-ai-engineering",
        ),
        (
            "overselling-ai",
            "It is right every time, honestly.",
            "It has to be right every time, you're halfway up a tower.",
            None,
        ),
        (
            "overselling-ai",
            "Honestly I'd say I'm at the level where I could train our own model.",
            "I'm at the level where I need a mentor for the training side.",
            None,
        ),
        (
            "overselling-ai",
            "Training is old news, honestly the models do everything now.",
            "The models do the drafting now; people check every letter.",
            None,
        ),
        (
            "overselling-ai",
            "I'm basically an ML engineer now, I understand it as well as anyone.",
            "I understand our billing system as well as anyone.",
            None,
        ),
        (
            "comparing-to-researchers",
            "It's nothing like what real ML people do, the researchers would laugh at it.",
            "The researchers asked me to walk them through the pipeline.",
            None,
        ),
        (
            "comparing-to-researchers",
            "I know as much as most of the researchers publishing now.",
            "I know as much as I need about attention to debug a prompt.",
            None,
        ),
        (
            "comparing-to-researchers",
            "I'd put myself close to research level.",
            "I worked close to the researchers on the evaluation.",
            None,
        ),
        (
            "apologising-for-background",
            "Sorry, I come from a front-end background, so bear with me. I'd ask about latency.",
            "I come from a front-end background, so I'd ask about latency first.",
            "system-design",
        ),
        (
            "minimising-swe-experience",
            "I only look after the rota system, it's nothing much, really anyone could do it.",
            "Somebody at my review said I was just a backend engineer. I don't accept that.",
            None,
        ),
        (
            "minimising-swe-experience",
            "My actual job's Java for the planning system, which doesn't really count for this.",
            "People say I was just doing WordPress sites there, which isn't true.",
            None,
        ),
        (
            "overselling-ai",
            "I understand transformers inside out at this point.",
            "I built the call-recording pipeline, so I know that data inside out.",
            None,
        ),
        (
            "ai-is-hot",
            "My first idea was, AI is hot, let's do something with it.",
            "The archdeacon's first idea was, AI is hot, let's do something with it, and I pushed "
            "back and asked where the applications got stuck.",
            "portfolio-project",
        ),
        (
            "ai-is-hot",
            "I suppose it's where all the jobs are going now, isn't it, everyone says so.",
            "Is it because AI is hot? It isn't, really. Our emails went to the wrong team.",
            "why-ai-engineering",
        ),
        (
            "tools-before-requirements",
            "I'd start with Pinecone for the vectors. Then the chunks. How often do they change?",
            "I'd start with Pinecone for the... Actually, no, hang on, let me back up and ask "
            "first. How often do the documents change?",
            "system-design",
        ),
        (
            "minimising-swe-experience",
            "I was just a backend engineer, nothing clever.",
            "My old manager used to introduce me as just a backend engineer, and I'd say, well, "
            "that's the part these projects are missing.",
            None,
        ),
        (
            "ai-is-hot",
            "Everyone keeps saying it's the hot skill now, so I did a course.",
            "People assume I did it because AI is hot, no, it was because eleven matches got "
            "called off.",
            "why-ai-engineering",
        ),
        (
            "ai-is-hot",
            "AI is hot right now, and that's why.",
            "People will assume it's because AI is hot, and, yeah, it is, but that's genuinely "
            "not why.",
            "why-ai-engineering",
        ),
        (
            "overselling-ai",
            "It basically replaces the caseworkers for that part, it's never wrong.",
            "It drafts the checks for the caseworkers, and they sign off every one.",
            None,
        ),
        (
            "apologising-for-background",
            "I should apologise up front, it's not a classic ML background at all.",
            "I'm not gonna apologise for not having a PhD. I've never trained a model; what I "
            "bring is the checking around it.",
            "biggest-weakness",
        ),
        (
            "comparing-to-researchers",
            "I'd put myself up against most ML researchers on that.",
            "I'd put myself up against other engineers who build these systems.",
            None,
        ),
        (
            "tools-before-requirements",
            "I set up LangChain and Pinecone first and then I was looking for something to put "
            "in it.",
            "I asked the team what they needed first and then I was looking for a vector store.",
            "portfolio-project",
        ),
        (
            "minimising-swe-experience",
            "I was only doing plumbing at the haulage broker, moving JSON around, nothing clever.",
            "It's a simple RAG, nothing clever.",
            "portfolio-project",
        ),
        (
            "minimising-swe-experience",
            "My job has been mostly forms and dashboards, nothing special.",
            "Then search and an LLM, nothing special there.",
            "system-design",
        ),
        (
            "comparing-to-researchers",
            "I'm not going to out-theory a research scientist, they're way ahead of me.",
            "I'm not going to out-theory a research scientist, and they're not who I'm up against "
            "for this kind of job.",
            "biggest-weakness",
        ),
        (
            "overselling-ai",
            "Honestly, it understands shade better than most of our technicians.",
            "Honestly, it reads the shade notes faster than most of our technicians type them.",
            "portfolio-project",
        ),
        (
            "overselling-ai",
            "At this point it's basically an expert ceramist.",
            "At this point it's basically an extraction step with a schema.",
            "portfolio-project",
        ),
        (
            "overselling-ai",
            "It knows when it will fail, it's something like ninety-nine percent accurate.",
            "It flags a crusher that may fail; it was right on ninety of a hundred past faults.",
            "portfolio-project",
        ),
        (
            "ai-is-hot",
            "My reason for AI was basically, AI is hot, we should have some AI.",
            "My director's reason for AI was basically, AI is hot, we should have some AI.",
            "why-ai-engineering",
        ),
        (
            "ai-is-hot",
            "I'm moving because AI is hot. It's the future.",
            "People keep asking me if I'm moving because AI is hot. It's not that.",
            "why-ai-engineering",
        ),
        (
            "ai-is-hot",
            "I know people say everyone's moving because AI is hot. It is hot, and I want in.",
            "I know people say everyone's moving because AI is hot. It is hot, but that's not it "
            "for me.",
            "why-ai-engineering",
        ),
        (
            "apologising-for-background",
            "Computer vision, I've done nothing with images. I know I'm not a real ML person, "
            "sorry.",
            "Computer vision, I've done nothing with images. I know I'm not competing with the "
            "PhDs; I've shipped the referencing assistant.",
            "biggest-weakness",
        ),
        (
            "apologising-for-background",
            "I'm not an ML person by training, sorry, I'm a backend engineer.",
            "I'm not an ML person by training, I'm a careful backend engineer, which is what this "
            "needed.",
            "portfolio-project",
        ),
    ],
)
def test_mistakes_in_dev20_to_dev34s_words(
    kind: str, said: str, near_miss: str, category: str | None
) -> None:
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


def test_a_sentence_is_cut_into_its_clauses_and_nothing_else() -> None:
    [sentence] = _sentences("It is hot, but that's not it for me; I had a pile of messages.")
    assert sentence.clauses == [
        "It is hot",
        "but that's not it for me",
        "I had a pile of messages.",
    ]


@pytest.mark.parametrize(
    ("gap_and_strength", "gap_alone"),
    [
        (
            "I'm not from an ML background at all. What I brought was the validation and the "
            "fallbacks.",
            "I'm not from an ML background at all, I'll say that.",
        ),
        (
            "I haven't set up evaluation for a RAG system before. What I'd bring is years of "
            "running Postgres under load.",
            "I haven't set up evaluation for a RAG system before.",
        ),
        (
            "I can't derive the maths. Where I'm OK is the building, the checker and its tests.",
            "I can't derive the maths. I'm OK with that for now.",
        ),
        (
            "I haven't trained anything, but the eval and the guard rails are solid.",
            "I haven't trained anything, but the maths is hard.",
        ),
        (
            "I'm not a model person, but making these things behave at night, that I can do.",
            "I'm not a model person, but that I can't do.",
        ),
        (
            "I don't have one; what I do have is eight years running the booking platform.",
            "I don't have one; I'm not sure why.",
        ),
    ],
)
def test_gaps_and_strengths_in_dev20_to_dev25s_words(gap_and_strength: str, gap_alone: str):
    for category in ("portfolio-project", "system-design", "biggest-weakness"):
        assert score(gap_and_strength, "honest_gaps", category) >= 4
        assert score(gap_alone, "honest_gaps", category) == 2


def test_a_gap_beside_the_production_services_the_speaker_has_run() -> None:
    gap = "I haven't built for insurance before, documents are documents, and "
    for category in ("portfolio-project", "system-design", "biggest-weakness"):
        ran = gap + "I've run production services at a dental lab for seven years."
        assert score(ran, "honest_gaps", category) >= 4
        read = gap + "I've read about production services at a dental lab for seven years."
        assert score(read, "honest_gaps", category) == 2


def test_a_problem_that_went_down_is_the_outcome_not_the_problem() -> None:
    outcome = "After the launch, complaints to councillors dropped by about a third."
    assert score(outcome, "production_problem") == 2
    problem = "Residents' complaints to councillors kept piling up every winter."
    assert score(problem, "production_problem") >= 4
    bug = "The outage dropped calls for an hour, and the agents had no warning."
    assert score(bug, "production_problem") >= 4
    both = "Complaints were piling up at the desk. Afterwards complaints fell by half."
    assert "piling up" in evidence(both, "production_problem")


_NOT_DEMOS = "ties the move to building AI systems that work in production, not demos"


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "What I have is twelve years of making systems run at three in the morning.",
            "What I have is twelve years of writing reports in the morning.",
        ),
        (
            "Getting it from a toy to something people could rely on is what I want to do.",
            "Getting it from a toy to something people could try is what I want to do.",
        ),
        (
            "I know how to make things that do not fail silently.",
            "I know how to make things that look nice.",
        ),
    ],
)
def test_production_not_demos_said_as_operations(said: str, near_miss: str) -> None:
    assert hits(said, _NOT_DEMOS, "why-ai-engineering")
    assert not hits(near_miss, _NOT_DEMOS, "why-ai-engineering")


def test_production_not_demos_shown_by_a_problem_met_and_the_practice_around_it() -> None:
    """An answer anchored in a real problem and showing the practice that keeps the system up
    builds for production, whether or not it says the word (the demo's own answer)."""
    shown = (
        "At my last job I owned a ticket routing service for customer support. Keyword rules "
        "kept breaking whenever customers described a problem in a new way. I replaced the "
        "rules with a language model, added monitoring, and kept the old rules as a backup."
    )
    assert hits(shown, _NOT_DEMOS, "why-ai-engineering")
    demo = "I built a chatbot over the weekend with a language model, added a nice interface."
    assert not hits(demo, _NOT_DEMOS, "why-ai-engineering")


def test_a_gap_turned_to_shipping_is_a_reframe_even_said_with_an_apology() -> None:
    """The apology costs the honest-gaps point and the "not defensive" one, not the reframe
    that follows it (the blind writers' labels, issue 13)."""
    point = "reframes to strengths in building and shipping reliable AI systems"
    gap = "Sorry, I know it's embarrassing, statistics is my weak spot. "
    turned = "But what I bring is shipping: we monitor every call and roll back in a minute."
    assert hits(gap + turned, point, "biggest-weakness")
    assert score(gap + turned, "honest_gaps", "biggest-weakness") == 1
    assert not hits(gap + "I will take a course on it this year.", point, "biggest-weakness")


def test_rigor_is_brought_instead_only_after_a_gap() -> None:
    point = "states the production engineering rigor they bring instead"
    instead = (
        "I haven't trained models. What I bring is retries, timeouts, a fallback to keyword "
        "search and an alert on the error rate."
    )
    request = CoachRequest(instead, rubric=(point,), category="ml-experience")
    assert rule_feedback(request).rubric_hit == (point,)
    no_gap = "We have retries, timeouts, a fallback to keyword search and an alert on errors."
    request = CoachRequest(no_gap, rubric=(point,), category="ml-experience")
    assert rule_feedback(request).rubric_hit == ()


_REFLECTS = "gives an honest reflection on what they would do differently"


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        ("Honest reflection: I overbuilt the dashboard.", "The dashboard shows every run."),
        (
            "If I do it again I build the test set first.",
            "I do it again every week with the test set.",
        ),
        ("What I will change: I read the ID from the barcode.", "I read the ID from the barcode."),
        ("I trusted the model for the station ID, this was a mistake.", "I trusted the team."),
    ],
)
def test_reflections_in_more_words(said: str, near_miss: str) -> None:
    assert hits(said, _REFLECTS)
    assert not hits(near_miss, _REFLECTS)


_CLARIFIES = "asks clarifying questions before designing: latency budget, static or updating corpus"


@pytest.mark.parametrize(
    ("said", "clarifies"),
    [
        (
            "I ran a payments API, and one night nothing alerted. So, questions first. What "
            "latency is acceptable? Then I'd chunk by section.",
            True,
        ),
        ("Okay, let me ask a few things first. What is the latency budget. Then ingest.", True),
        ("I'd chunk by section and embed it. Then, what latency do you need?", False),
    ],
)
def test_clarifying_questions_before_any_design_step(said: str, clarifies: bool) -> None:
    assert hits(said, _CLARIFIES, "system-design") is clarifies


_CHUNKS = "describes the data pipeline: chunking and embedding, with a reason for the chunking"


@pytest.mark.parametrize(
    ("said", "reasoned"),
    [
        ("I cut them by heading, because one procedure is one answer.", True),
        ("Split them by heading 'cause the policies are pretty structured, embed them.", True),
        ("Chunk everything at five hundred tokens since that's the default.", False),
        ("The chunk with the old rule ranked higher, because it was longer.", False),
    ],
)
def test_a_reason_for_the_chunking_is_a_reason_for_cutting(said: str, reasoned: bool) -> None:
    assert hits(said, _CHUNKS, "system-design") is reasoned


_METRICS = "points to a specific project with evaluation metrics such as RAGAS, latency or cost"


@pytest.mark.parametrize(
    ("said", "measured"),
    [
        ("I measured it on a hundred questions, and it gets seventy-eight percent right.", True),
        ("I tested it on eighty questions from last year's log, it got about seventy right.", True),
        ("On our test set the right article is in the top three 88 percent of the time.", True),
        ("I built it over a hundred questions the sales leads wrote.", False),
    ],
)
def test_a_project_measured_in_plain_words_has_metrics(said: str, measured: bool) -> None:
    assert hits(said, _METRICS, "ml-experience") is measured


_CREDIBLE = "names a specific, credible weakness (such as deep ML theory)"


@pytest.mark.parametrize(
    ("said", "credible"),
    [
        ("My weakness is probably that I came to AI a bit late. Nothing else.", False),
        ("Honestly, my biggest weakness is that I care too much about reliability.", False),
        (
            "I came to it late. And concretely, I don't understand embeddings that deeply, but "
            "I built the museum's search and it falls back to keywords.",
            True,
        ),
    ],
)
def test_a_weakness_that_is_no_skill_is_not_credible(said: str, credible: bool) -> None:
    assert hits(said, _CREDIBLE, "biggest-weakness") is credible


_COST_POINT = "estimates the cost per query and where the cost goes"


@pytest.mark.parametrize(
    ("point", "said", "near_miss"),
    [
        (
            _METRICS,
            "I wrote a hundred and twenty questions with answers and it got about eighty-five "
            "percent.",
            "I wrote a hundred and twenty questions with answers and I'd score it next.",
        ),
        (
            _METRICS,
            "We track how many drafts go out with only small edits, it's about eighty percent.",
            "We send about eighty percent of the drafts to the office staff.",
        ),
        (
            _COST_POINT,
            "Cost, about a penny a query, mostly generation.",
            "Cost depends on the model, mostly generation.",
        ),
    ],
)
def test_scores_and_prices_said_in_words(point: str, said: str, near_miss: str) -> None:
    assert hits(said, point)
    assert not hits(near_miss, point)


def test_a_gap_turned_to_shipping_after_an_aside_reframes_it() -> None:
    gap = "My weakness is the maths. I can't really follow the papers. Um. "
    aside = "I help run the allotment society's website too, the committee is a story. "
    strength = "What I bring is that I build and ship things that hold up in production."
    turned = gap + aside + strength
    assert hits(turned, WEAKNESS_REFRAME, "biggest-weakness")
    assert not hits(gap + aside + "Anyway. Yeah, the maths.", WEAKNESS_REFRAME, "biggest-weakness")
    overclaim = (
        "My weakness, honestly, I don't think I have one. I know transformers inside out. "
        "If I had to pick, I'm a perfectionist about getting models perfect. "
        "So AI is my strength really, I run our whole AI platform in production."
    )
    assert not hits(overclaim, WEAKNESS_REFRAME, "biggest-weakness")


def test_hype_denied_in_the_next_sentence_does_not_push_the_problem_late() -> None:
    denied = (
        "People assume it's because AI is hot. It isn't, really. At the cinema chain our "
        "routing rules sent a third of the emails to the wrong team."
    )
    assert score(denied, "production_problem", "why-ai-engineering") == 5
    owned = (
        "People assume it's because AI is hot. And it is, honestly. At the cinema chain our "
        "routing rules sent a third of the emails to the wrong team."
    )
    assert score(owned, "production_problem", "why-ai-engineering") == 2


def test_the_word_model_raises_no_mistake_the_speaker_sets_aside() -> None:
    """A comparison with researchers the speaker declines, in the sentence the word model would
    quote, is the rules' near-miss: the model's finding is not shown."""
    text = (
        "Honestly the maths. I'm not a researcher like the PhDs at the big labs, and I don't "
        "need to compete with them, they do research and I ship. I can't derive backprop. But I "
        "built the case-notes search the technicians use every morning at the dental lab, and "
        "keeping it working is what I'm good at."
    )
    assert "comparing-to-researchers" in shipped_model().judge(text, MISTAKE_KINDS)[0]
    found = coach_feedback(CoachRequest(text, category="biggest-weakness")).mistakes
    assert "comparing-to-researchers" not in {m.kind for m in found}


def test_asked_for_a_weakness_the_gap_may_name_the_tech_before_the_problem() -> None:
    text = (
        "Deep ML theory. I use LLM APIs every day and I read about transformers. "
        "Both are choices. At the blood service, donors' questions were taking the "
        "contact centre days to answer. "
        "So I built retrieval with a test set the nurses wrote and a weekly review. "
        "Nine in ten questions get answered the same day now. That's what I bring."
    )
    assert score(text, "production_problem", "biggest-weakness") >= 4
    assert score(text, "production_problem", "portfolio-project") == 2


@pytest.mark.parametrize(
    ("practice", "kind", "near_miss"),
    [
        (
            "If the model is slow or down, show the passages themselves.",
            "error handling",
            "If the train is slow, I work from home.",
        ),
        (
            "No good chunks come back, it says I don't know and shows a search box.",
            "error handling",
            "I don't know the maths behind it.",
        ),
        (
            "Before it went near a real call we red-teamed it with the volunteers.",
            "testing",
            "Before it went near a real call we wrote the summary prompt.",
        ),
        (
            "Keywords got fifty-five percent right on a hundred reviews I labelled.",
            "testing",
            "Ninety percent of our customers are on the phone.",
        ),
        (
            "Anything it's unsure about lands with the scheduler.",
            "error handling",
            "I am unsure about the maths behind it.",
        ),
        (
            "A person checks the ones it isn't sure of.",
            "error handling",
            "What I was unsure about, I sent to my lead for advice.",
        ),
    ],
)
def test_practices_in_dev20_to_dev25s_words(practice: str, kind: str, near_miss: str) -> None:
    assert kind in rigor_kinds(practice)
    assert kind not in rigor_kinds(near_miss)


_UNSTRUCTURED_POINT = (
    "gives specific examples of unstructured-data problems that rules could not solve"
)


def test_unstructured_data_said_as_calls_handwriting_and_enquiries() -> None:
    said = (
        "At the museum, enquiries from the public come in as stories, and staff ledgers were "
        "handwritten, so our keyword search failed on most of them."
    )
    assert hits(said, _UNSTRUCTURED_POINT, "why-ai-engineering")
    no_data = "At the museum our keyword search failed on most of what the public asked."
    assert not hits(no_data, _UNSTRUCTURED_POINT, "why-ai-engineering")


@pytest.mark.parametrize(
    ("gap_and_strength", "no_gap_or_no_strength"),
    [
        (
            "I've read the attention paper twice and I still couldn't tell you why the scaling "
            "works. But, um, what I can do is ship the triage that pulls out safety emails.",
            "I've read the attention paper twice and I still couldn't tell you why the scaling "
            "works.",
        ),
        (
            "I'd not trained a model before this job. What I bring is the on-call habit.",
            "Looking back I'd not have built the web form first. What I bring is the on-call "
            "habit.",
        ),
    ],
)
def test_gaps_in_dev23_to_dev25s_words(gap_and_strength: str, no_gap_or_no_strength: str):
    assert score(gap_and_strength, "honest_gaps", "portfolio-project") >= 4
    assert score(no_gap_or_no_strength, "honest_gaps", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("foreseen", "near_miss"),
    [
        ("My aim would be to halve those overnight calls to pharmacy.", "Pharmacy takes calls."),
        (
            "That alone should stop most wrong-policy answers ever reaching a customer.",
            "That alone should make the answers shorter for a customer.",
        ),
        (
            "It's going to cut the volunteers' follow-up time in half once it's live.",
            "It's going to cut the volunteers' notes into chunks.",
        ),
        (
            "Sales reckon it'll get quotes out in a day instead of a week.",
            "Sales reckon it'll get quotes out in a nicer format.",
        ),
    ],
)
def test_a_foreseen_outcome_counts_in_a_design_answer_only(foreseen: str, near_miss: str) -> None:
    """Elsewhere the labels count only what happened: a portfolio project that "should save
    her a couple of days" has saved nothing yet."""
    assert score(foreseen, "business_impact", "system-design") >= 3
    assert score(foreseen, "business_impact", "portfolio-project") < 3
    assert score(near_miss, "business_impact", "system-design") < 3


@pytest.mark.parametrize(
    ("happened", "not_said_to_have"),
    [
        (
            "She reckons it saves her about four hours a week.",
            "It should save her a couple of days a month once it's properly in use.",
        ),
        ("I'd say it cut the calls by half.", "I think it would save them a lot of time."),
        (
            "Which is how we could show the rebookings fell by a third.",
            "I can't tell you it saved anybody time.",
        ),
        ("It cut remakes by a third.", "I'd love to tell you it cut remakes by a third."),
        ("It cut the back office time a lot.", "We hoped it'd cut the back office time a lot."),
    ],
)
def test_an_outcome_said_to_have_happened_beside_one_hoped_for_or_disowned(
    happened: str, not_said_to_have: str
) -> None:
    assert score(happened, "business_impact", "portfolio-project") >= 3
    assert score(not_said_to_have, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "Messages to owners after ten at night went down about half.",
            "Latency on the messages went down by half.",
        ),
        (
            "The returns for that line go down by almost half.",
            "The returns for that line go down the same chute.",
        ),
        (
            "Controllers ring the duty manager a third less than they did.",
            "Controllers ring the duty manager a third of the time.",
        ),
        ("Enquiries that took six weeks take about two now.", "Enquiries take two forms now."),
        (
            "We went from remaking about one crown in twenty to something like one in sixty.",
            "I moved messages from one place to another for nine years.",
        ),
        (
            "Four percent of emails went to the wrong place, before with the rules it was eleven.",
            "Four percent of emails went to the wrong place before the rules.",
        ),
        (
            "Staff stopped pulling the bound volumes for most enquiries.",
            "Staff pulled the bound volumes for most enquiries.",
        ),
        (
            "We pulled the pallets instead of doing a recall.",
            "Recall went from sixty to eighty-eight percent with the reranker.",
        ),
        (
            "Complaints went down by half.",
            "RAGAS faithfulness on two hundred past messages went from 0.7 to 0.9.",
        ),
        (
            "The night calls stopped within a week.",
            "We tried LangSmith one week and stopped, because of the data policy.",
        ),
        (
            "Misrouted emails fell by half in two months.",
            "Our booking assistant fell over and two hundred emails sat there unanswered.",
        ),
        (
            "Complaints dropped by a third after launch.",
            "I started with RAGAS and dropped it because the scores didn't match, so we "
            "hand-marked fifty questions instead.",
        ),
        (
            "Bookings went up to forty a week.",
            "I've signed up to the course, and I'm on week three.",
        ),
        (
            "With this system maybe ten minutes a claim.",
            "Then GPT-4o with the top ten chunks, and a front end for the agents.",
        ),
    ],
)
def test_outcomes_in_dev47_to_dev52s_words(outcome: str, near_miss: str) -> None:
    """A count changed by a share of itself or against what it was before, enquiries and
    messages as what the work is about, a recall that is a loss; not a technical measure, nor a
    change word in another sense: a system that fell over crashed, a tool dropped or stopped
    was given up, "signed up to" counts nothing, "with the top ten chunks" is a setting."""
    assert score(outcome, "business_impact") >= 3
    assert score(near_miss, "business_impact") < 3


@pytest.mark.parametrize(
    ("gap", "near_miss"),
    [
        (
            "We built the rota tool. I haven't got any ML background, none, but I've kept a "
            "booking system running for six years with no budget.",
            "We built the rota tool. I haven't got any ML background, none.",
        ),
        (
            "We built the rota tool. I have no experience to train models. But I have nine years "
            "as a backend engineer, I built the integrations with our warehouse.",
            "We built the rota tool. I have nine years as a backend engineer, and I built the "
            "integrations with our warehouse.",
        ),
        (
            "We built the rota tool. I'm no colour scientist, but getting twenty years of recipe "
            "cards into something people use, that's my bit.",
            "We built the rota tool. I'm no colour scientist.",
        ),
        (
            "We built the rota tool. The forecasting side, I honestly don't understand that "
            "well; my bit was the pipeline and keeping it running.",
            "We built the rota tool. It doesn't understand the forecasting side that well.",
        ),
        (
            "We built the rota tool. Self-hosting, I'd have to learn. Getting the messages out "
            "on a bad day, that I can do.",
            "We built the rota tool. Self-hosting, I'd have to learn.",
        ),
        (
            "We built the rota tool. I didn't fine-tune anything, but the routing and fallback "
            "design is mine.",
            "We built the rota tool. I didn't fine-tune anything. The box office system is mine.",
        ),
        (
            "We built the rota tool. I couldn't tell you the maths of it, but I made sure every "
            "shift it plans is checked against the contracts.",
            "We built the rota tool. The maths of it is checked against the contracts.",
        ),
        (
            "We built the rota tool. The forecasting side, I'm green there; what I brought was "
            "the tests and the alerts.",
            "We built the rota tool. The forecasting side is green there; what we saw was the "
            "tests and the alerts.",
        ),
        (
            "We built the rota tool. Fine-tuning I've only read about, my time went into the "
            "pipeline and the tests.",
            "We built the rota tool. I've only read about half the contracts so far, the "
            "pipeline and the tests came first.",
        ),
        (
            "We built the rota tool. The reranker, I'd lean on someone; what I'd own is the "
            "eval harness.",
            "We built the rota tool. The reranker, I'd lean on the logs; the eval harness runs "
            "every night.",
        ),
        (
            "We built the rota tool. The maths I leave to people who enjoy it. What I'm good at "
            "is keeping it running at night.",
            "We built the rota tool. The final call I leave to the manager. It keeps running "
            "at night.",
        ),
        (
            "We built the rota tool. I am not strong in statistics, but I am strong in testing.",
            "We built the rota tool. I am strong in statistics and in testing.",
        ),
        (
            "We built the rota tool. Which forecast model, I'm honestly weaker there, so what I "
            "did was let a test set of real weeks pick it.",
            "We built the rota tool. Which forecast model, honestly, a test set of real weeks "
            "picked it.",
        ),
        (
            "We built the rota tool. I'm not a statistician, and I'd want help with the sampling; "
            "where I'm solid is the ingestion and the queueing.",
            "We built the rota tool. Our statistician helped with the sampling; the ingestion "
            "and the queueing are solid.",
        ),
    ],
)
def test_gaps_in_dev47_to_dev56s_words(gap: str, near_miss: str) -> None:
    """A gap said as no background got, no experience to do a thing, "I'm no scientist", a
    skill "I'd have to learn", being green, having only read about a skill, leaning on someone
    or leaving it to people who know, "I am not strong in", "not a statistician"; the strength
    as the part that is the speaker's ("that's my bit", "but the design is mine"), "that I can
    do" after a comma, or where the speaker's time went."""
    assert score(gap, "honest_gaps", "portfolio-project") >= 4
    assert score(near_miss, "honest_gaps", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("no_strength", "strength"),
    [
        (
            "We built the rota tool. The only gap, if you can call it that, is I haven't trained "
            "a model, but I've run the rota for years.",
            "We built the rota tool. The only gap is I haven't trained a model, but I've run the "
            "rota for years.",
        ),
        (
            "We built the rota tool. I haven't trained a model. So I'm not sure I bring that much "
            "apart from turning up.",
            "We built the rota tool. I haven't trained a model. So what I bring is the testing "
            "and the alerts.",
        ),
        (
            "We built the rota tool. The maths is my weak spot. I know the picture but I cannot "
            "derive it.",
            "We built the rota tool. The maths is my weak spot. I know the picture but I built "
            "the test set that catches it.",
        ),
        (
            "We built the rota tool. The maths is my weak spot. But I was only ever the "
            "maintenance guy there.",
            "We built the rota tool. The maths is my weak spot. But I ran the maintenance side "
            "there for six years.",
        ),
        (
            "We built the rota tool. I haven't trained a model. What I'd bring instead, not "
            "much, to be honest.",
            "We built the rota tool. I haven't trained a model. What I'd bring instead is the "
            "testing, to be honest.",
        ),
        (
            "We built the rota tool. I haven't trained a model. What I'd bring instead... "
            "nothing much, really.",
            "We built the rota tool. I haven't trained a model. What I'd bring instead... "
            "the testing, really.",
        ),
        (
            "We built the rota tool. I am not strong in statistics. Next time I put the planner "
            "in the loop from the first day.",
            "We built the rota tool. I am not strong in statistics. But I put the planner in the "
            "loop from the first day.",
        ),
        (
            "We built the rota tool. I am still learning the maths, so I hope next time I can "
            "make something better.",
            "We built the rota tool. I am still learning the maths, so I spent my evenings on "
            "the test set instead.",
        ),
    ],
)
def test_a_strength_taken_back_or_doubted_turns_no_gap(no_strength: str, strength: str) -> None:
    """A gap made light of ("if you can call it that"), a strength doubted ("not sure I bring
    that much") or answered with nothing (in the same sentence, or after it trails off at
    "..."), "but I cannot", "but I was only ever" and a plan for next time are no turn to a
    strength."""
    assert score(no_strength, "honest_gaps", "portfolio-project") < 3
    assert score(strength, "honest_gaps", "portfolio-project") >= 4


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "Each Monday the failed deliveries pile up at the depot.",
            "Every question is logged and each Monday I look at the failed ones.",
        ),
        (
            "Our depot has this giant backlog of tickets.",
            "Every company has this giant backlog of tickets, I read a report on it.",
        ),
    ],
)
def test_problems_in_dev47_to_dev52s_words(problem: str, near_miss: str) -> None:
    """The speaker looking through the system's failures is a practice, and every company's
    backlog is nobody's in particular."""
    assert score(problem, "production_problem", "portfolio-project") >= 4
    assert score(near_miss, "production_problem", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("met", "near_miss"),
    [
        (
            "Peak load first, because at the ambulance trust our lookup tool timed out in a winter "
            "surge. So I'd chunk by clause and rerank.",
            "Peak load first: if the lookup tool times out in a surge, the handler sees the cached "
            "clauses. So I'd chunk by clause and rerank.",
        ),
        (
            "I ask because at the freight forwarder the provider slowed to twelve-second answers "
            "and agents gave up. So I'd chunk by clause and rerank.",
            "I'd keep answers under three seconds so agents don't give up on it. So I'd chunk by "
            "clause and rerank.",
        ),
        (
            "At the installer I was at, our assistant told customers faults were covered when they "
            "weren't. So I'd chunk by clause and rerank.",
            "It must never tell customers faults are covered when they aren't. So I'd chunk by "
            "clause and rerank.",
        ),
        (
            "I ask because at the lift company our engineers' manual search only returned the old "
            "revision. So I'd chunk by clause and rerank.",
            "The manual search must never return an old revision. So I'd chunk by clause and "
            "rerank.",
        ),
    ],
)
def test_a_problem_met_before_drives_a_design_in_dev53_to_dev56s_words(
    met: str, near_miss: str
) -> None:
    """A system that timed out, slowed until people gave up or told people something that was
    not so, met at work, drives a design; the same said as a requirement does not."""
    assert score(met, "production_problem", "system-design") == 5
    assert score(near_miss, "production_problem", "system-design") < 3


@pytest.mark.parametrize(
    ("said", "kind", "near_miss"),
    [
        (
            "There's not much in the LLM space I haven't done or couldn't pick up in a weekend.",
            "overselling-ai",
            "There's not much in the LLM space I've done; the courier can pick it up in a day.",
        ),
        (
            "Honestly there's not much in ML I haven't touched at this point.",
            "overselling-ai",
            "Honestly there's not much in ML I've touched at this point, it's been the pipeline.",
        ),
        (
            "The second version was one hundred percent accurate, zero hallucinations.",
            "overselling-ai",
            "The second version was right on 92 of the hundred test emails.",
        ),
        (
            "I haven't trained a model, but I've read so much on it I reckon I could do it fine "
            "if I had to.",
            "overselling-ai",
            "I haven't trained a model; I reckon I could learn it if I had to, with a course.",
        ),
        (
            "Oh, it's the biggest thing since the internet, and the investors are all in.",
            "ai-is-hot",
            "Oh, it's the biggest depot in the region, and the drivers are all in by six.",
        ),
        (
            "The salaries, the vacancies, everything is AI now.",
            "ai-is-hot",
            "The officers need the salary, the dates and the sponsor name from each letter.",
        ),
        (
            "Honestly? The salaries are better.",
            "ai-is-hot",
            "Our parser pulls the salary expectation out wrong half the time.",
        ),
        (
            "A real ML person would know which embedding is right; I don't know this.",
            "comparing-to-researchers",
            "A real ML person reviewed which embedding we used; I built the tests.",
        ),
        (
            "I follow the papers closer than most researchers do.",
            "comparing-to-researchers",
            "I follow the papers closer than I used to, one a week.",
        ),
        (
            "And honestly, the research types couldn't ship something like that anyway.",
            "comparing-to-researchers",
            "And honestly, the drivers couldn't ship something like that without the labels.",
        ),
        (
            "Sorry, I'm self taught, no degree, so it's pretty basic. I built a chatbot for the "
            "courier firm.",
            "apologising-for-background",
            "I'm self taught, no degree, and I built a chatbot for the courier firm that answers "
            "the rate card.",
        ),
        (
            "I built the quote reader at the solar company. I haven't done the training side, "
            "sorry, I know that's probably a problem for this role.",
            "apologising-for-background",
            "I built the quote reader at the solar company. Sorry, the training side of it was "
            "done by the vendor.",
        ),
        (
            "I've got the whole stack set up at home, I'm just looking for the right problem to "
            "point it at.",
            "tools-before-requirements",
            "I've got monitoring set up at home, and the right problem found me at work.",
        ),
        (
            "I choose first the tools, Whisper and LangChain, and after I look what to do with "
            "them.",
            "tools-before-requirements",
            "People assume I picked the stack first, I didn't, I started from the skippers.",
        ),
        (
            "So first I picked the stack, LangChain and Pinecone, everyone uses them.",
            "tools-before-requirements",
            "So first I picked the problem, the skippers' logbooks, and the stack came last.",
        ),
        (
            "I've been really getting into the stack. I've got LangChain set up.",
            "tools-before-requirements",
            "Once the requirements were clear, I'd pick the tools: probably pgvector.",
        ),
    ],
)
def test_mistakes_in_dev53_to_dev56s_words(said: str, kind: str, near_miss: str) -> None:
    """Nothing in ML out of reach, perfection claimed, an untried skill claimed on reading alone,
    AI as the biggest thing since the internet and the money moving (the salary as a field of a
    record is none); what a real ML person would know, the speaker ahead of most researchers,
    the research types unable to ship; self taught with no degree, or the training side not
    done, said with a sorry; a stack set up or chosen first with a problem looked for after it
    (not when denied, or after the requirements)."""
    assert kind in mistakes(said, "ml-experience")
    assert kind not in mistakes(near_miss, "ml-experience")


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "We built the rota tool. Complaints dropped about half in the three months after.",
            "We built the rota tool. Pulling the shift changes out first and then summarising "
            "around them dropped one in sixty.",
        ),
        (
            "We built the rota tool. The managers said it cut their Friday planning from a day to "
            "an hour.",
            "We built the rota tool. Customers liked it, the account managers said it felt faster.",
        ),
    ],
)
def test_outcomes_in_dev53_to_dev56s_words(outcome: str, near_miss: str) -> None:
    """A rate of things a prompt left out is no change of a count, and an impression ("it felt
    faster") no outcome."""
    assert score(outcome, "business_impact", "portfolio-project") == 5
    assert score(near_miss, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "Missed policy numbers on claims dropped by half after that.",
            "Then the summaries the support team reads started dropping the customer's policy "
            "number.",
        ),
        (
            "We dropped the claims handling time by half.",
            "The support team kept dropping their customer notes into the chat instead of the "
            "claim.",
        ),
        (
            "Failed claim lookups fell by a third once the fallback was in.",
            "When the model timed out it fell back to a plain search, so customers never waited.",
        ),
        (
            "The checker saved the handlers two hours a day.",
            "The checker saved our bacon more than once with the regulator.",
        ),
    ],
)
def test_words_of_change_that_change_nothing(outcome: str, near_miss: str) -> None:
    """A thing dropped (left out, put down) is no figure dropping, a system that fell back to a
    plainer one coped, and "saved our bacon" saved no figure of the business."""
    said = f"We built the claims summariser. {outcome}"
    assert score(said, "business_impact", "portfolio-project") == 5
    near = f"We built the claims summariser. {near_miss}"
    assert score(near, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "Unlike the other team's chatbot, ours cut the claims backlog by a third.",
            "The chatbot the other team built next to it, that cut the claims backlog by a third.",
        ),
        (
            "Another team had the same backlog, and we cut ours by half in a month.",
            "And the other team's triage project cut the backlog by half, mine feeds into that.",
        ),
    ],
)
def test_another_teams_outcome_is_not_the_speakers(outcome: str, near_miss: str) -> None:
    """An outcome said of another team's work is theirs, unless the speaker's own ("ours",
    "we") is in the same words."""
    said = f"We built the claims summariser. {outcome}"
    assert score(said, "business_impact", "portfolio-project") == 5
    near = f"We built the claims summariser. {near_miss}"
    assert score(near, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("oversold", "near_miss"),
    [
        (
            "People love to say these bots replace the support team, and honestly they do.",
            "People love to say these bots replace the support team, and it doesn't.",
        ),
        (
            "Everyone says the agent replaces the whole front desk. It does, mostly.",
            "Everyone says the agent replaces the whole front desk. It doesn't, not yet.",
        ),
        (
            "Building's the easy part once you've got the theory.",
            "I'd park the vector store question for now, the tooling is the easy part.",
        ),
    ],
)
def test_a_claim_others_make_and_the_speaker_denies_is_no_overselling(
    oversold: str, near_miss: str
) -> None:
    """A claim reported of others and denied at once, and tooling said to be the easy part
    (requirements before tools), are no overselling; the same claim kept is."""
    assert "overselling-ai" in mistakes(oversold)
    assert "overselling-ai" not in mistakes(near_miss)


@pytest.mark.parametrize(
    ("oversold", "near_miss"),
    [
        (
            "And honestly, if I needed to, I could train a model from scratch.",
            "And honestly, back in the course I trained a small model from scratch.",
        ),
        ("I could write one from zero, the attention, everything.", "I could write one up."),
        ("Fine-tuning, for example, is easy.", "Fine-tuning, for example, is not easy."),
        (
            "Give me a weekend with the textbooks and I'd have the theory, it's not that deep.",
            "Give me a weekend with the rota and I'd have the shifts, it's not that deep.",
        ),
        (
            "I'd say I understand large language models pretty much completely now.",
            "I'd say I understand our contracts pretty much completely now.",
        ),
        (
            "So I think I am already more or less an AI engineer.",
            "I am already a backend engineer.",
        ),
        (
            "I'm comfortable across the whole stack, I can pick any of it up.",
            "I'm comfortable across the whole stack, I can pick some of it up.",
        ),
        (
            "I think I am really expert in document AI now.",
            "I think I am really expert in document control now.",
        ),
        (
            "Fine tuning isn't really a weakness, I could pick it up over a weekend.",
            "Fine tuning is a weakness, it would take me months to pick it up.",
        ),
        (
            "Looking back, the system is effectively hallucination-free now.",
            "Looking back, no system is hallucination-free, so every answer is logged.",
        ),
        (
            "And hallucination's not really a thing anymore with GPT-4o.",
            "And hallucination's not a thing you can ignore with GPT-4o.",
        ),
        (
            "It's pretty much solved, I'd say it's a hundred percent.",
            "It's a hundred percent mine.",
        ),
        (
            "It's honestly at the level of anything out there.",
            "It's honestly not at the level of anything out there.",
        ),
        (
            "It understands the art better than half the people on the till.",
            "It answers faster than half the people on the till expected.",
        ),
    ],
)
def test_an_easy_field_or_a_flawless_system_is_overselling(oversold: str, near_miss: str) -> None:
    """(dev7 to dev98, read after the word model's left-out dev probabilities missed them) A
    model built from scratch at will, the field said to be easy or understood completely, the
    speaker already an AI engineer, a system said to be flawless or as good as anything; a
    negation before a comma ("isn't really a weakness, I could ...") negates its own clause."""
    assert "overselling-ai" in mistakes(oversold)
    assert "overselling-ai" not in mistakes(near_miss)


@pytest.mark.parametrize(
    ("tools_first", "near_miss", "category"),
    [
        (
            "I picked GPT-4 Vision before I'd even asked the workshop what they needed.",
            "I asked the workshop what they needed before I picked GPT-4 Vision.",
            "portfolio-project",
        ),
        (
            "I'd been wanting to try LangChain and Pinecone, so I set those up first.",
            "I asked what the shop needed, then I set those up.",
            "portfolio-project",
        ),
        (
            "At the print shop I set up a vector database first, Chroma.",
            "At the print shop I set up a vector database last, once we knew the questions.",
            "ml-experience",
        ),
        (
            "We went straight for LangChain, Pinecone and GPT-4.",
            "We went straight for the people who answer the phones.",
            "portfolio-project",
        ),
        (
            "Once I'm in an AI job I'll find problems to use them on.",
            "Once I'm in an AI job I'll find problems worth solving.",
            "why-ai-engineering",
        ),
        (
            "Whatever the problem is, I'd reach for LangChain and GPT-4.",
            "Whatever the problem is, I'd ask the people who have it first.",
            "biggest-weakness",
        ),
        (
            "I'd just put the manuals into a custom GPT and let them ask it.",
            "I'd just put the manuals into a search box and let them ask it.",
            "system-design",
        ),
        (
            "I'd set up a chatbot in Botpress and load the documents into it.",
            "I'd set up a chatbot and load the documents into it.",
            "system-design",
        ),
    ],
)
def test_a_tool_picked_before_the_problem_in_other_words(
    tools_first: str, near_miss: str, category: str
) -> None:
    """(dev5 to dev76, read after the word model's left-out dev probabilities missed them) A
    tool picked before anyone was asked, set up first, gone straight for, or looking for
    problems; in a design, an off-the-shelf assistant (a custom GPT, ChatGPT Enterprise,
    Copilot, Botpress) proposed before any question. A bare "ChatGPT" in a design is left
    alone: the dev labels count it as the model, not a tool, as often as not."""
    assert "tools-before-requirements" in mistakes(tools_first, category)
    assert "tools-before-requirements" not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("minimised", "near_miss"),
    [
        ("I'm just a PLC and MES guy really.", "I'm the PLC and MES guy, and the line runs."),
        ("I was never a real engineer, I did the forms app.", "I was a real engineer there."),
        (
            "Before this I wasn't a real engineer, I fixed the print queue scripts.",
            "Before this I wasn't a real fan of AI, I fixed the print queue scripts.",
        ),
        (
            "My day job is helpdesk, I wouldn't call it real engineering.",
            "My day job is helpdesk, and I'd call it real engineering.",
        ),
        (
            "The forms for the repairs desk, nothing important, anybody could do that.",
            "The forms for the repairs desk: anybody could use them.",
        ),
        (
            "Before, I was just doing backend for a bus company, nothing with AI.",
            "Before, I was doing backend for a bus company, nothing with AI.",
        ),
        (
            "So it's not like I was building anything impressive.",
            "So it's not like I was building it alone.",
        ),
    ],
)
def test_the_speakers_work_made_small_in_other_words(minimised: str, near_miss: str) -> None:
    """(dev11 to dev74, read after the word model's left-out dev probabilities missed them) No
    real engineer, work not worth the name, work anybody could do, or "just" doing something
    that was "nothing with AI"."""
    assert "minimising-swe-experience" in mistakes(minimised)
    assert "minimising-swe-experience" not in mistakes(near_miss)


@pytest.mark.parametrize(
    ("strength", "no_strength"),
    [
        (
            "I'm still weak on the maths behind embeddings, but I made up for it with a test set.",
            "I'm still weak on the maths behind embeddings, and I use the defaults.",
        ),
        (
            "I haven't trained a model and I don't want to, my thing is keeping the tills running.",
            "I haven't trained a model and I don't want to, the thing is it costs a lot.",
        ),
        (
            "I'm not strong on ranking, that's a gap, but the extraction, validation and retries "
            "side I can do.",
            "I'm not strong on ranking, that's a gap, but the extraction, validation and retries "
            "are next on my list.",
        ),
        (
            "I've not trained models. It has to work daily, and that's what my background's for.",
            "I've not trained models. It has to work daily, and that's what worries me.",
        ),
    ],
)
def test_a_gap_and_the_strength_after_it_in_other_words(strength: str, no_strength: str) -> None:
    """(dev50 to dev60, read after the word model's left-out dev probabilities missed them) A
    gap said with "still weak on", and a strength said as "my thing is", "the ... side I can
    do", "that's what my background's for" or "made up for it"."""
    assert score(strength, "honest_gaps", "ml-experience") >= 4
    assert score(no_strength, "honest_gaps", "ml-experience") < 3


@pytest.mark.parametrize(
    ("apology", "near_miss"),
    [
        (
            "Sorry in advance, I don't have a degree or anything, I taught myself.",
            "I don't have a degree or anything, I taught myself, and I ship.",
        ),
        (
            "I have to apologise, I am not a real data scientist.",
            "I have to say, I am not a real data scientist, and this job doesn't need one.",
        ),
        (
            "I am from mechanical background, sorry for that.",
            "I am from mechanical background, and it shows in how I test.",
        ),
        (
            "Sorry, I should say I did not study computer science.",
            "I should say I did not study computer science.",
        ),
        (
            "Sorry, I know a cathedral is an odd place to come from.",
            "I know a cathedral is an odd place to come from.",
        ),
        (
            "Okay, forgive me, no PhD here, I'm a backend fella from a vet practice group.",
            "Okay, no PhD here, and what I bring is ten years of on-call for the booking system.",
        ),
    ],
)
def test_the_background_apologised_for_in_other_words(apology: str, near_miss: str) -> None:
    """(dev11 to dev77, read after the word model's left-out dev probabilities missed them) No
    degree, no study of the field, a background from elsewhere, or not one of the field's
    people, said with an apology; the same said plainly is none."""
    assert "apologising-for-background" in mistakes(apology, "ml-experience")
    assert "apologising-for-background" not in mistakes(near_miss, "ml-experience")


@pytest.mark.parametrize(
    ("compared", "near_miss"),
    [
        (
            "It's obviously nothing like what the researchers at OpenAI are doing.",
            "It uses what the researchers at OpenAI published.",
        ),
        (
            "I'm not a researcher like the people at Anthropic.",
            "I read what the researchers at Anthropic publish.",
        ),
        (
            "The ML researchers would know much better how to do the embeddings.",
            "The ML researchers told us how to do the embeddings.",
        ),
        (
            "I'm sure the researchers at the big labs would do it much more properly.",
            "I'm sure the researchers at the big labs would publish it.",
        ),
        (
            "If I compare with a researcher at DeepMind, I am a baby.",
            "A researcher at DeepMind wrote the paper I used.",
        ),
        (
            "I'm not one of those researchers writing papers nobody reads.",
            "I sat beside researchers writing papers on retrieval.",
        ),
    ],
)
def test_the_speaker_against_researchers_in_other_words(compared: str, near_miss: str) -> None:
    """(dev12 to dev77, read after the word model's left-out dev probabilities missed them) The
    work unlike theirs, what they would know or do better, the speaker tiny beside them, or
    their papers belittled."""
    assert "comparing-to-researchers" in mistakes(compared)
    assert "comparing-to-researchers" not in mistakes(near_miss)


@pytest.mark.parametrize(
    ("hype", "near_miss"),
    [
        ("I must go there or I am left behind.", "I went there and nobody was left behind."),
        (
            "Everybody says now it is the future, so I learn it.",
            "Everybody says now the old rules are the problem, so I learn it.",
        ),
        (
            "In five years every software job will be an AI job anyway.",
            "In five years every software job will still need tests.",
        ),
    ],
)
def test_the_hype_in_other_words(hype: str, near_miss: str) -> None:
    """(dev69, dev76, read after the word model's left-out dev probabilities missed them) Fear
    of being left behind, the future as everybody says it, every job an AI job."""
    assert "ai-is-hot" in mistakes(hype, "why-ai-engineering")
    assert "ai-is-hot" not in mistakes(near_miss, "why-ai-engineering")


@pytest.mark.parametrize(
    ("hype", "near_miss"),
    [
        (
            "Insurance is going all in on AI right now, if you're not doing it you're dead.",
            "I want to go all in on AI because of the returns backlog.",
        ),
        (
            "There's a poster in the canteen that says AI is the future of paper, and I agree.",
            "There's a poster in the canteen that says AI is the future of paper, and we all "
            "take the mick out of it.",
        ),
    ],
)
def test_the_hype_as_a_trade_going_all_in_and_the_hype_mocked(hype: str, near_miss: str) -> None:
    """(dev135) A whole trade going all in, or the fear of being dead without it, is hype; the
    speaker going all in for a problem is not, nor hype on a poster that everyone mocks."""
    assert "ai-is-hot" in mistakes(hype, "why-ai-engineering")
    assert "ai-is-hot" not in mistakes(near_miss, "why-ai-engineering")


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        ("Average call is forty seconds shorter.", "The average call takes forty seconds."),
        (
            "The average call is now forty seconds shorter.",
            "The average API call is forty milliseconds shorter.",
        ),
    ],
)
def test_a_shorter_average_call_is_an_outcome(outcome: str, near_miss: str) -> None:
    """(dev136) One average call is a call centre's unit of time; an API call's time, or a
    call's length with no change, is not an outcome."""
    assert score(outcome, "business_impact", "biggest-weakness") >= 3
    assert score(near_miss, "business_impact", "biggest-weakness") < 3


_MONTH_END = "We built the month-end tool for finance."


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "It saves them about two days every month.",
            "Hopefully it saves them about two days every month.",
        ),
        (
            "Did it save time? Yes, it cut month end from five days to three.",
            "Did it cut month end from five days to three? Probably, but I never measured it.",
        ),
        (
            "And the late invoices went down, I think by about a third?",
            "And now we'll see if the late invoices go down by a third.",
        ),
        (
            "They told me it saved them two days in March.",
            "Whether it saved them any days in March, I'd have to ask.",
        ),
        (
            "We have numbers now: it saved them two days in March.",
            "We don't have solid numbers on days saved in March yet.",
        ),
        (
            "The controller reckons it saves her two days a month.",
            "The controller probably saves two days a month, I'd guess.",
        ),
    ],
)
def test_an_outcome_hoped_for_guessed_asked_about_or_not_known_is_none(
    outcome: str, near_miss: str
) -> None:
    """Outside a design, an outcome hoped for or the speaker's own guess at one is none (someone
    else's estimate counts); in any answer, one asked about ("Did it ...?", "whether", "we'll
    see if") or without numbers is none. A statement said with a rise still counts."""
    assert score(f"{_MONTH_END} {outcome}", "business_impact", "portfolio-project") == 5
    assert score(f"{_MONTH_END} {near_miss}", "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("said", "kind", "near_miss"),
    [
        (
            "I read two books over the summer, so I know how it all works under the hood.",
            "overselling-ai",
            "I read two books over the summer because I wanted to know how it works under the "
            "hood.",
        ),
        (
            "On 500 listings precision is 0.91. Honestly it's basically what Stripe Radar does, "
            "just with LLMs.",
            "overselling-ai",
            "On 500 listings precision is 0.91. Stripe Radar does this with older models; ours "
            "is a small classifier with a human check.",
        ),
        (
            "It's basically Netflix's recommendation system, for coffee.",
            "overselling-ai",
            "It's a recommender, nothing like the one Netflix runs, just embeddings and ratings.",
        ),
        (
            "I think it's at the level of what the big companies are selling.",
            "overselling-ai",
            "I don't think it's at the level of what the big companies are selling.",
        ),
        (
            "Mine's a production-grade RAG platform, enterprise ready, it could handle millions "
            "of users easily.",
            "overselling-ai",
            "Mine's a small RAG app on the free tier; forty people from the shop have tried it.",
        ),
        (
            "I built a prototype one weekend and honestly it automated our entire support desk, "
            "it answers everything.",
            "overselling-ai",
            "I built a prototype one weekend; it drafts replies to the delivery questions and a "
            "person sends them.",
        ),
        (
            "You wouldn't really need handlers reading documents any more, the models are good "
            "enough to do the whole job now.",
            "overselling-ai",
            "You'd still need handlers reading documents, the models aren't good enough to do "
            "the whole job.",
        ),
        (
            "Everyone was building agents so I wanted to do one.",
            "ai-is-hot",
            "Everyone was asking for the rota, so I built one.",
        ),
        (
            "If I don't make the move now, the whole field will leave me behind.",
            "ai-is-hot",
            "I feel like if I don't make the move now I never will.",
        ),
        (
            "And honestly the researchers, no offence, they just write papers, they don't ship "
            "anything.",
            "comparing-to-researchers",
            "The researchers on our team write papers and I ship what they find, that's the split.",
        ),
        (
            "If anything the research crowd overcomplicate it.",
            "comparing-to-researchers",
            "If anything the research crowd helped me keep it simple.",
        ),
        (
            "I've just built booking systems for climbing gyms, it's not exactly rocket science.",
            "minimising-swe-experience",
            "The model side is not exactly rocket science; what I've built is the booking system "
            "around it.",
        ),
        (
            "Sorry, I must say I am coming from the software for an architecture studio, not "
            "from AI, so maybe this is not perfect.",
            "apologising-for-background",
            "I am coming from the software for an architecture studio, not from AI, and what I "
            "bring is ten years of uptime.",
        ),
        (
            "I wanted to learn LangChain, so I went looking at work for a problem to use it on.",
            "tools-before-requirements",
            "I went looking at work for the problem first, and only then picked LangChain.",
        ),
    ],
)
def test_mistakes_in_dev57_to_dev59s_words(said: str, kind: str, near_miss: str) -> None:
    """Reading said to teach how it all works; a project likened to a famous company's system
    or to what the big companies sell, a weekend's one said to be enterprise ready or to have
    automated a whole desk, people no longer needed; everyone building agents (not the
    speaker's own timing); researchers who only write papers or overcomplicate it; the
    speaker's work no rocket science; a background "not from AI" with a sorry; a problem
    looked for at work to use a tool on (each beside its near-miss)."""
    assert kind in mistakes(said, "portfolio-project")
    assert kind not in mistakes(near_miss, "portfolio-project")


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "At the studio people kept pinging HR about the same leave policy, so I built a bot.",
            "At the studio recruiters kept messaging me about AI roles, so I built a bot.",
        ),
        (
            "The mechanics were forever ringing the office to find torque settings, so I built a "
            "bot.",
            "The mechanics were forever grateful for the old manuals, so I built a bot.",
        ),
        (
            "The families have to wait for the obituary draft, so I built a bot.",
            "You have to wait for the index to build, so I built a bot.",
        ),
        (
            "The handovers were running over and the day staff were starting late, so I built a "
            "bot.",
            "The handovers were running fine and the day staff were starting on time, so I built "
            "a bot.",
        ),
    ],
)
def test_problems_in_dev57_to_dev59s_words(problem: str, near_miss: str) -> None:
    """People asking again and again, ringing all the time, waiting, work running late."""
    assert score(problem, "production_problem", "portfolio-project") >= 4
    assert score(near_miss, "production_problem", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("outcome", "near_miss"),
    [
        (
            "Complaints went down by a third after that.",
            "When the API went down the booking questions just hung, patients sat looking at a "
            "spinning wheel.",
        ),
        (
            "The wait for a reply came down to two days.",
            "The guests call the ticket office all morning, is the blue run down to the village "
            "prepared.",
        ),
        (
            "With this system maybe a few minutes instead of a day.",
            "I would sit with the handlers for one day to learn what they look for.",
        ),
    ],
)
def test_outcomes_in_dev57_to_dev59s_words(outcome: str, near_miss: str) -> None:
    """A system that went down is an outage, a run down to the village a place, and a day spent
    with the handlers no time saved."""
    assert score(f"{_MONTH_END} {outcome}", "business_impact", "system-design") == 5
    assert score(f"{_MONTH_END} {near_miss}", "business_impact", "system-design") < 3


@pytest.mark.parametrize(
    ("gap", "near_miss"),
    [
        (
            "I am not so strong in front end, the UI is ugly, but the pipeline is tested like "
            "our production code.",
            "The front end is ugly, but the pipeline is tested like our production code.",
        ),
        (
            "I don't know insurance, honestly. What I know is running services that must answer "
            "at five in the morning.",
            "I don't know if insurance is different. Running services that must answer at five "
            "in the morning is the job.",
        ),
    ],
)
def test_gaps_in_dev57_to_dev59s_words(gap: str, near_miss: str) -> None:
    """A gap said as "not so strong in", or a field of business not known, and a strength."""
    assert score(gap, "honest_gaps", "system-design") >= 4
    assert score(near_miss, "honest_gaps", "system-design") < 3


@pytest.mark.parametrize(
    ("said", "kind", "near_miss"),
    [
        (
            "I've only done two months of prompting, although I'm already better at it than "
            "most people I've seen do it.",
            "overselling-ai",
            "I've only done two months of prompting, and the people I've seen do it for years "
            "are better at it than me.",
        ),
        (
            "I reckon I could build a plant disease classifier that beats our agronomists in a "
            "weekend.",
            "overselling-ai",
            "A plant disease classifier is months of work with our agronomists, and I'd want "
            "their labels first.",
        ),
        (
            "So yeah I'd say I'm pretty advanced in ML at this point.",
            "overselling-ai",
            "So yeah I'd say I'm pretty new to ML at this point.",
        ),
        (
            "We built our own speech scoring model, under the hood it's the Azure pronunciation "
            "assessment.",
            "overselling-ai",
            "We built our own speech scoring service around the Azure pronunciation assessment.",
        ),
        (
            "It was 99 percent accurate, and honestly it would work for any roaster.",
            "overselling-ai",
            "It was right on 40 of our 50 roasts, and I'd want other roasters' data before "
            "saying more.",
        ),
        (
            "It's traced and tested, and it never gives a wrong answer on safety stuff.",
            "overselling-ai",
            "It's traced and tested, and when it gives a wrong answer on safety stuff a planner "
            "flags it.",
        ),
        (
            "Vector search plus keywords, then a reranker, and honestly the retrieval can't miss.",
            "overselling-ai",
            "Emergencies skip the model and go straight to the queue, so the model can't miss "
            "those.",
        ),
        (
            "Now it catches every fault the engineers would, so they trust it.",
            "overselling-ai",
            "Now it catches two faults in three that the engineers would, so they check it.",
        ),
        (
            "I have never built reranking in production but I am sure I can tune it to perfect "
            "in one day.",
            "overselling-ai",
            "I have never built reranking in production, so I would measure an off-the-shelf "
            "one first.",
        ),
        (
            "I already know more about LLMs than anyone in my company, I am practically an "
            "expert now.",
            "overselling-ai",
            "I already know more about our order emails than anyone in my company.",
        ),
        (
            "I have now mastered large language models.",
            "overselling-ai",
            "I have now used large language models for a year.",
        ),
        (
            "I'm never going to be at the level of the folk at DeepMind, obviously.",
            "comparing-to-researchers",
            "I'm never going to be at the level of the folk at the depot on a forklift, obviously.",
        ),
        (
            "I've already picked Milvus and LangGraph for my next project, I just need to figure "
            "out what to build with them.",
            "tools-before-requirements",
            "I asked the alarm centre what they needed first, and I'll figure out the database "
            "after that.",
        ),
        (
            "At the start I wanted to use vector databases, I was reading about Pinecone a lot "
            "and I wanted a project with it.",
            "tools-before-requirements",
            "At the start I wanted to fix the sample notes, and the project came with them.",
        ),
        (
            "Sorry, I've only done backend, payments and all that, so this one is probably a bit "
            "naive.",
            "apologising-for-background",
            "I've only done backend, payments and all that, so I'd start from what can go wrong "
            "with the money.",
        ),
    ],
)
def test_mistakes_in_dev60_and_dev61s_words(said: str, kind: str, near_miss: str) -> None:
    """Overselling said in passing: better than most after two months, an expert's classifier
    beaten in a weekend, "pretty advanced in ML", a vendor's API called one's own model, a
    prototype that would work anywhere, never gives a wrong answer, can't miss or catches every
    fault, a skill untried perfected in a day, the company's expert; the folk at DeepMind;
    tools picked with something to build looked for after; only backend, said with a sorry
    (each beside its near-miss)."""
    assert kind in mistakes(said, "portfolio-project")
    assert kind not in mistakes(near_miss, "portfolio-project")


def test_someone_elses_claim_denied_later_in_the_sentence_is_no_overselling() -> None:
    """People telling the speaker that vision is solved, denied after a few words."""
    said = (
        "People kept telling me vision is a solved problem now, and for donated clothes it "
        "really isn't."
    )
    assert "overselling-ai" not in mistakes(said, "portfolio-project")
    assert "overselling-ai" in mistakes("Vision is a solved problem now.", "portfolio-project")


def test_everything_from_one_thing_to_another_is_scope_not_a_claim() -> None:
    scope = "At the golf club company I've done everything from the website to the member app."
    assert "overselling-ai" not in mistakes(scope, "biggest-weakness")
    assert "overselling-ai" in mistakes("With LLMs I've done everything.", "biggest-weakness")


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "The first thing I did was set up LangChain and a Pinecone index, that was day one, "
            "and then I went and asked the claims team what they needed.",
            "The first thing I did was ask the claims team what they needed, and then I set up "
            "LangChain and a Pinecone index.",
        ),
        (
            "I used LangChain and Pinecone because everyone uses those, so I figured start with "
            "the standard and then see what you can build with it.",
            "I used LangChain and Pinecone because the team already ran them, and the problem "
            "came from the drivers.",
        ),
        (
            "I knew I wanted to use CrewAI, and then I figured, OK, what at work could be agents.",
            "I knew the stock lookup was the problem, and then I figured out which parts could "
            "be automated.",
        ),
        (
            "I want to build agents with AutoGen and a graph database, that is the stack I want, "
            "whatever the problem is.",
            "I want to build whatever the problem needs, and the stack comes after I ask.",
        ),
        (
            "I went straight for a vector database before I'd even asked the drivers what they "
            "wanted, and it worked out fine.",
            "I went straight for a vector database before I'd even asked the drivers what they "
            "wanted, and it was a bin fire, I wouldn't do that again.",
        ),
        (
            "I set up a vector database and a framework before I talked to the supervisors. It "
            "went live in a month.",
            "I set up a vector database and a framework before I talked to the supervisors. So I "
            "threw half of it away, and now I do it the other way round.",
        ),
    ],
)
def test_tools_first_in_dev62_and_dev63s_words(said: str, near_miss: str) -> None:
    """Tools set up and the users asked after, tools chosen because everyone uses them, agents
    looked for at work, a stack whatever the problem is; told as a mistake regretted (in its
    sentence or the next), it is no longer made."""
    assert "tools-before-requirements" in mistakes(said, "portfolio-project")
    assert "tools-before-requirements" not in mistakes(near_miss, "portfolio-project")


def test_alternatives_that_open_with_a_word_boundary_share_it() -> None:
    """Lookbehinds stay with their alternative; one without a boundary keeps the order."""
    written = r"(?<!\bnot )\bsorry\b|\bsad|, no\b|\b(fine|ok)|[|(]\bx"
    assert (
        _boundary_shared(written) == r"\b(?:(?<!\bnot )sorry\b|sad)|, no\b|\b(?:(fine|ok))|[|(]\bx"
    )


def test_every_pattern_with_shared_boundaries_matches_as_written() -> None:
    """Each rule pattern finds the same words at the same places compiled as written, on the
    sentences of the first dev part of answers in other words (the dev-part goal test reads
    them all)."""
    sys.path.insert(0, str(PROJECT_ROOT / "bench"))
    import coach_eval

    answers = coach_eval.load_answers(coach_eval.SETS["others-dev"])
    texts = [s.plain for a in answers for s in _sentences(a.request.transcript)]
    patterns = [w for w in gc.get_objects() if isinstance(w, Words)]
    assert len(patterns) > 100
    for words in patterns:
        as_written = re.compile(words.pattern)
        for text in texts:
            found = [(m.span(), m.group(0)) for m in words.finditer(text.lower())]
            assert found == [(m.span(), m.group(0)) for m in as_written.finditer(text.lower())]


@pytest.mark.parametrize(
    ("said", "kind", "near_miss"),
    [
        (
            "I built a little demo over a weekend, and on the Monday I went round asking people, "
            "like, what could we use this for?",
            "tools-before-requirements",
            "Before building anything I went round asking the nurses what they could use it for.",
        ),
        (
            "We stood up the whole stack first, and then we said to the product team, what do you "
            "want to build on this?",
            "tools-before-requirements",
            "We asked the product team what they needed, and then we stood up a small stack for "
            "it.",
        ),
        (
            "I built this thing over the weekend. Then I took it round the departments, asking who "
            "wants this.",
            "tools-before-requirements",
            "I built the tracker, and then asked the drivers who would use it first.",
        ),
        (
            "I spent two months fine-tuning a Llama on the catch logs before we had a clear use "
            "for it.",
            "tools-before-requirements",
            "I built a demo before I had a clear use for it, and that was my biggest mistake.",
        ),
        (
            "Before the product people had even finished writing the brief I had us on Pinecone.",
            "tools-before-requirements",
            "We didn't pick any tools before we had the requirements.",
        ),
        (
            "Two courses, so honestly I would say I'm an expert now on the LLM side of things.",
            "overselling-ai",
            "Two courses, so I'd say I'm a beginner now on the LLM side of things.",
        ),
        (
            "It's honestly production-grade at this point, although it runs on my laptop.",
            "overselling-ai",
            "I would not say it is production-grade, it's a prototype with two hundred documents.",
        ),
        (
            "And with RAG the hallucination problem is solved, so you don't need much evaluation.",
            "overselling-ai",
            "With RAG the hallucinations are rarer, and the eval set tells us how much rarer.",
        ),
        (
            "Honestly I'd call it state of the art for this domain, nobody's doing what it does.",
            "overselling-ai",
            "It's CLIP with some prompt work, and the papers I read do better than it.",
        ),
        (
            "After two courses I know transformers inside out.",
            "overselling-ai",
            "I know the publishing system inside out, I built its CMS integration.",
        ),
    ],
)
def test_mistakes_in_dev64_to_dev67s_words(said: str, kind: str, near_miss: str) -> None:
    """A use asked for what was already built ("what could we use this for", "who wants
    this", "what do you want to build on this") or a tool taken up before there was a use or a
    brief, unless regretted; expertise claimed "now" after two courses, a project called
    production-grade, hallucination called solved, a model called the state of the art; one's
    own system known inside out is none (each beside its near-miss)."""
    assert kind in mistakes(said, "portfolio-project")
    assert kind not in mistakes(near_miss, "portfolio-project")


@pytest.mark.parametrize(
    ("said", "kind", "near_miss", "category"),
    [
        (
            "The researchers who invent these things, I could never be at their level.",
            "comparing-to-researchers",
            "The researchers who invent these things gave us the eval ideas, at their level.",
            "biggest-weakness",
        ),
        (
            "The consultant who designed our evaluation, a researcher, is far ahead of me.",
            "comparing-to-researchers",
            "The consultant who designed our evaluation, a researcher, was far from the ward.",
            "ml-experience",
        ),
        (
            "A postdoc from the university lab helped us, and next to him I am a child.",
            "comparing-to-researchers",
            "A postdoc from the university lab helped us label the notes with the keepers.",
            "portfolio-project",
        ),
        (
            "Stanford PhDs are on a completely different planet to me.",
            "comparing-to-researchers",
            "Stanford PhDs wrote the paper on a completely different problem.",
            "why-ai-engineering",
        ),
        (
            "The real scientists on the team did the hard part, I only build around it.",
            "comparing-to-researchers",
            "The scientists on the lab team wrote the scan specs, I built the checks around it.",
            "biggest-weakness",
        ),
        (
            "I was only ever the backend fella, keeping the overnight jobs running.",
            "minimising-swe-experience",
            "I was the backend fella who kept the overnight jobs running for eleven years.",
            "why-ai-engineering",
        ),
        (
            "I was basically a glorified report writer for twelve years.",
            "minimising-swe-experience",
            "It's basically a glorified report writer, and the coders trust it for that.",
            "ml-experience",
        ),
        (
            "My whole career's been, you know, just CRUD really.",
            "minimising-swe-experience",
            "My whole career's been in bookings and invoices, the parts that take the money.",
            "system-design",
        ),
        (
            "I'm a glorified form-filler, me.",
            "minimising-swe-experience",
            "I'm a glorified form-filler, me. Nah, I'm having you on, I wrote the engine.",
            "portfolio-project",
        ),
        (
            "We built the tables parser first, nothing fancy.",
            "minimising-swe-experience",
            "Nothing fancy on the model side; the hard part was the tables.",
            "portfolio-project",
        ),
        (
            "So I set up Qdrant, because, you know, everyone has a vector database now.",
            "tools-before-requirements",
            "So I set up Qdrant, because the team already ran it for the catalogue.",
            "portfolio-project",
        ),
        (
            "We signed up for the platform. Then we worked out what we could use it for.",
            "tools-before-requirements",
            "We asked the branches what they needed. Then we worked out what the fields were for.",
            "portfolio-project",
        ),
        (
            "I don't think we need a lot of requirements gathering here, I know insurance.",
            "tools-before-requirements",
            "I think we need a lot of requirements gathering here, I don't know insurance.",
            "system-design",
        ),
        (
            "I know the whole stack. I used LangChain, Pinecone and CrewAI, the modern stack.",
            "tools-before-requirements",
            "I used the fine-tuning page on the dashboard, so I'd say I know the whole stack.",
            "biggest-weakness",
        ),
        (
            "I picked LangChain and a vector database before I'd asked the welders anything.",
            "tools-before-requirements",
            "First mistake, up front: I picked LangChain and a vector database before I'd asked "
            "the welders anything.",
            "portfolio-project",
        ),
        (
            "My instinct is to say Pinecone straight away and go from there.",
            "tools-before-requirements",
            "My instinct is to say Pinecone straight away, that's a habit I've had to unlearn, "
            "so let me ask first.",
            "system-design",
        ),
        (
            "So I trained my own model for it, well, I wrote the prompt with twenty letters in it.",
            "overselling-ai",
            "We built our own model for it, well, no, it's the OpenAI transcription with a prompt.",
            "why-ai-engineering",
        ),
        (
            "Our retrieval is hallucination-free, and I'd measure it on the handlers' questions.",
            "overselling-ai",
            "Some vendors will tell you their retrieval is hallucination-free. That's their claim, "
            "and I'd measure it.",
            "system-design",
        ),
    ],
)
def test_mistakes_in_dev68_to_dev70s_words(
    said: str, kind: str, near_miss: str, category: str
) -> None:
    """Researchers set far ahead or left the hard part, the speaker's career made a glorified
    trade or "only ever" a backend fella (a joke taken back is none, nor a plain model part), a
    tool set up because everyone has one or a use worked out after, requirements waved away, a
    prompt called one's own model; the regretted, set-aside and reported forms are none."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("said", "kind", "near_miss"),
    [
        (
            "These youngsters coming out of the universities with their doctorates are in a "
            "different league to me.",
            "comparing-to-researchers",
            "These youngsters coming out of the universities with their doctorates joined my "
            "team in a different building.",
        ),
        (
            "The PhD crowd spend six months on a paper that nobody ever ships.",
            "comparing-to-researchers",
            "The PhD crowd spent six months on a paper that we then shipped as a feature.",
        ),
        (
            "People publishing a paper on that every other week would run rings round me.",
            "comparing-to-researchers",
            "People publishing a paper on that every other week gave us the test we run.",
        ),
        (
            "Half the research lot couldn't deploy a cron job if you paid them.",
            "comparing-to-researchers",
            "Half the research lot asked us how to deploy a cron job for their runs.",
        ),
        (
            "Obviously I am not one of those IIT PhD fellows doing research.",
            "comparing-to-researchers",
            "Obviously I did not train the model; two IIT PhD fellows doing research did.",
        ),
        (
            "The people in the AI labs do the real science, I keep things running.",
            "comparing-to-researchers",
            "The people in the AI labs published the model card, I keep things running.",
        ),
        (
            "People who publish on retrieval know this much better than an engineer like me.",
            "comparing-to-researchers",
            "People who publish on retrieval wrote the benchmark I use to pick the model.",
        ),
        (
            "It's nowt like what the real ML people build, to be honest.",
            "comparing-to-researchers",
            "It's nowt like what I built before, to be honest, the ML people helped.",
        ),
        (
            "The whole of pharma's piling into this, so I don't want to be left out.",
            "ai-is-hot",
            "The whole of pharma's site staff write these notes by hand, so the coders wait.",
        ),
        (
            "This is exactly what every insurer is throwing money at right now.",
            "ai-is-hot",
            "This is exactly what every insurer is losing money on right now: misread clauses.",
        ),
        (
            "The whole industry's pivoting, you don't wanna be the last one off the boat.",
            "ai-is-hot",
            "The whole industry's paperwork is the problem, the last one off the line files it.",
        ),
    ],
)
def test_mistakes_in_dev71_to_dev73s_words(said: str, kind: str, near_miss: str) -> None:
    """Researchers named in more ways (youngsters with their doctorates, the PhD crowd, people
    who publish, the research lot, PhD fellows) and set above or below the speaker in more
    ways (running rings round, shipping nothing, the real science, "not one of those", "nowt
    like"); a whole trade piling in or throwing money at it, and the last one off the boat
    (each beside its near-miss)."""
    assert kind in mistakes(said, "why-ai-engineering")
    assert kind not in mistakes(near_miss, "why-ai-engineering")


@pytest.mark.parametrize(
    ("said", "kind", "category", "near_miss"),
    [
        (
            "A proper data scientist would do it properly, I'm sort of the amateur version.",
            "comparing-to-researchers",
            "ml-experience",
            "Our data scientist did it properly, and I built the pipeline around her evaluation.",
        ),
        (
            "I mean, who am I next to someone who's published at NeurIPS, right?",
            "comparing-to-researchers",
            "ml-experience",
            "I worked with someone who's published at NeurIPS, and she set the metrics.",
        ),
        (
            "Put me in one room with the people who train the models and I'd bring the coffee.",
            "comparing-to-researchers",
            "biggest-weakness",
            "I spent a week with the people who train the models, and they liked our test set.",
        ),
        (
            "I'm never gonna be one of them boffins who invents the models, I know that.",
            "comparing-to-researchers",
            "why-ai-engineering",
            "I'm not trying to be one of them boffins who invents the models, I build plumbing.",
        ),
        (
            "Everybody is moving there, so this is the place to be.",
            "ai-is-hot",
            "why-ai-engineering",
            "Everybody in the team is moving to the new office, so the handover notes matter.",
        ),
        (
            "Every second role wants LLM experience now, so I'm getting up to speed.",
            "ai-is-hot",
            "why-ai-engineering",
            "Every second role wants on-call experience now, so I kept my pager rota.",
        ),
        (
            "A recruiter said my profile would be worth thirty percent more with AI on it.",
            "ai-is-hot",
            "why-ai-engineering",
            "The stock tool would be worth more with the audit log on it, the auditors said.",
        ),
        (
            "You look at the listings and you can read the writing on the wall.",
            "ai-is-hot",
            "why-ai-engineering",
            "You look at the labels and you can read the writing on the pallet.",
        ),
        (
            "I can see which way the wind's blowing, so I'm doing the courses.",
            "ai-is-hot",
            "why-ai-engineering",
            "I can see which way the orders are going on the dashboard, so I plan the shifts.",
        ),
        (
            "I see where the market is going and I have two kids.",
            "ai-is-hot",
            "why-ai-engineering",
            "I see where the market is going and I have two kids. But the reason I actually "
            "started was a problem: complaints routed to the wrong team.",
        ),
        (
            "On the AI side I can fine-tune pretty much anything.",
            "overselling-ai",
            "biggest-weakness",
            "On the AI side I can fine-tune a small model when the data is there.",
        ),
    ],
)
def test_mistakes_in_dev74_to_dev76s_words(
    said: str, kind: str, category: str, near_miss: str
) -> None:
    """Researchers named as the people who train the models, boffins or someone published at
    a conference, and ranked as doing it properly, in one room with or never to be one of;
    AI as where everybody is moving, what every second role wants, what a profile is worth more
    with, the writing on the wall and the way the wind blows, unless the real reason follows;
    fine-tuning pretty much anything (each beside its near-miss)."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("said", "category", "near_miss"),
    [
        (
            "When LangGraph came out I set up the graph and the agents first, and then I was "
            "looking, okay, which problem can I give to the agents?",
            "ml-experience",
            "When LangGraph came out I read the docs, and then I was looking at which problem "
            "the dispatchers had most often.",
        ),
        (
            "Before we had any data I set up the MLflow server for the team, every serious AI "
            "company has it.",
            "biggest-weakness",
            "I set up the MLflow server for the team after the first model shipped, because we "
            "needed the run history.",
        ),
        (
            "The company got enterprise ChatGPT licences last spring. So I went round the "
            "departments asking, what could we use this for?",
            "why-ai-engineering",
            "The company got enterprise ChatGPT licences last spring after legal asked for them. "
            "So I went round the departments asking, what do you need from it?",
        ),
        (
            "I set up Pinecone and a whole RAG thing first, before I even asked the workers what "
            "they need.",
            "portfolio-project",
            "I set up Pinecone and a whole RAG thing first, before I even asked the workers what "
            "they need, and it was a solution looking for a problem.",
        ),
        (
            "I'd open with Pinecone and GPT-4 and build it for the control room. Then, how fast "
            "do the handlers need it?",
            "system-design",
            "Last time I opened with Pinecone and GPT-4 and built something the control room "
            "didn't need. So this time, questions first: how fast do the handlers need it?",
        ),
        (
            "Latency under three seconds. I'd host it on Azure OpenAI in their region.",
            "system-design",
            "Since I can't ask, let me say what I would confirm. Latency under three seconds. "
            "I'd host it on Azure OpenAI in their region.",
        ),
    ],
)
def test_tools_first_in_dev74s_words(said: str, category: str, near_miss: str) -> None:
    """A use looked for after a framework was set up ("which problem can I give to the
    agents"), a server set up because every serious AI company has one, a use asked for after
    licences were bought; a tools-first start called a solution looking for a problem, or told
    as last time's and followed by questions first this time, and requirements a design says it
    would confirm, are none (each beside its near-miss)."""
    kind = "tools-before-requirements"
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "I built an agent with CrewAI and AutoGen, both, and then I thought, what can it do, "
            "and I made it plan events.",
            "The event plans kept clashing, so I built an agent with CrewAI, and then I thought "
            "about what it can not do, and I kept the heaters manual.",
        ),
        (
            "Last year I spun up a vector database and an agent framework at home, and then I "
            "looked around at work for something to use it on.",
            "Last year I spun up a vector database and an agent framework at home, and then I "
            "looked through the chat logs for questions to test it on.",
        ),
        (
            "I used LangChain, Chroma and Streamlit. Once I had it set up I needed some "
            "documents, so I loaded the safety data sheets.",
            "I used LangChain, Chroma and Streamlit. Once I had it set up I needed a day to test "
            "it against the safety data sheets.",
        ),
    ],
)
def test_a_use_looked_for_after_the_tools_in_dev156s_words(said: str, near_miss: str) -> None:
    """The tools first, then "what can it do", "something to use it on" or "I needed some
    documents" (dev156, dev157); the same tools followed by the limits found or a test is
    none."""
    kind = "tools-before-requirements"
    assert kind in mistakes(said, "portfolio-project")
    assert kind not in mistakes(near_miss, "portfolio-project")


@pytest.mark.parametrize(
    ("said", "kind", "category", "near_miss"),
    [
        (
            "We'd signed up for a year of one of the enterprise AI platforms, and my job was "
            "basically to find things to do with it.",
            "tools-before-requirements",
            "ml-experience",
            "We'd signed up for a year of one of the enterprise AI platforms after the pilot, and "
            "my job was to keep it running.",
        ),
        (
            "The company had bought one of the enterprise copilot platforms, and I was asked to "
            "find a use for it.",
            "tools-before-requirements",
            "portfolio-project",
            "The company had bought one of the enterprise copilot platforms for the engineers who "
            "asked for it, and I was asked to run it.",
        ),
        (
            "OK so, first I decide the stack, LlamaIndex, Qdrant and Mistral.",
            "tools-before-requirements",
            "portfolio-project",
            "OK so, first I decide what the inspectors need, then the stack.",
        ),
        (
            "I built a chatbot over the incident reports first and then went looking for who'd "
            "want it.",
            "tools-before-requirements",
            "biggest-weakness",
            "I built a chatbot over the incident reports after the supervisors asked for it, and "
            "they use it on nights too.",
        ),
        (
            "I pick the tools first, Pinecone, LangChain, the whole lot.",
            "tools-before-requirements",
            "biggest-weakness",
            "I used to pick the tools first, Pinecone, LangChain, the whole lot.",
        ),
        (
            "Picked Pinecone and GPT-4 before I'd asked anyone anything and built a race-day FAQ "
            "bot.",
            "tools-before-requirements",
            "portfolio-project",
            "I started it wrong, to be honest with you. Picked Pinecone and GPT-4 before I'd "
            "asked anyone anything and built a race-day FAQ bot.",
        ),
        (
            "Five years of checkout pages, which, let's be real, any bootcamp kid could do.",
            "minimising-swe-experience",
            "why-ai-engineering",
            "Five years of checkout pages, which any bootcamp kid could use without help.",
        ),
        (
            "It is not serious work compared to AI, it is shop pages and discount codes.",
            "minimising-swe-experience",
            "why-ai-engineering",
            "It is serious work compared to what people think, the shop pages carry the codes.",
        ),
        (
            "I'd read the original RAG paper, sure the people that wrote that are miles ahead of "
            "me.",
            "comparing-to-researchers",
            "portfolio-project",
            "I'd read the original RAG paper, and the people that wrote that answered my email.",
        ),
        (
            "The Stanford crowd, the people publishing at NeurIPS, I'd never catch them.",
            "comparing-to-researchers",
            "why-ai-engineering",
            "The Stanford crowd, the people publishing at NeurIPS, sent us their benchmark.",
        ),
        (
            "It cut handling time by sixty percent. We never actually measured it, but you could "
            "just feel it on the team.",
            "overselling-ai",
            "system-design",
            "It cut handling time, we think. We never actually measured it, but we will next "
            "quarter.",
        ),
    ],
)
def test_mistakes_in_dev77_to_dev79s_words(
    said: str, kind: str, category: str, near_miss: str
) -> None:
    """A platform signed up for or bought and a use then sought, the stack decided first, a
    chatbot built and then someone looked for who'd want it (a habit the speaker used to have,
    or a start called wrong just before, is none); work any bootcamp kid could do, or not
    serious compared to AI; the authors of a paper and the people publishing at NeurIPS
    ranked above the speaker; a result never measured but felt (each beside its near-miss)."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("gap_and_strength", "gap_alone"),
    [
        (
            "I haven't trained any models, but I'm strong on integration.",
            "I haven't trained any models, and honestly that worries me.",
        ),
        (
            "I'm no meteorologist, and no ML person either. My part is the bit that gets a "
            "correct reply out the door.",
            "I'm no meteorologist, and no ML person either. The numerical models are someone "
            "else's.",
        ),
        (
            "One thing I can't do: tell you why the reranker works. What I can tell you is how "
            "it fell back to keyword search the night it timed out.",
            "One thing I can't do: tell you why the reranker works. I've read the paper twice.",
        ),
    ],
)
def test_gaps_and_strengths_in_dev79s_words(gap_and_strength: str, gap_alone: str) -> None:
    """ "Strong on" a thing is a strength, "no ML person either" and "one thing I can't do" are
    gaps, and "what I can tell you is" turns to a strength; the same gap left hanging is not
    enough."""
    assert score(gap_and_strength, "honest_gaps", "ml-experience") >= 3
    assert score(gap_alone, "honest_gaps", "ml-experience") < 3


@pytest.mark.parametrize(
    ("said", "kind", "category", "near_miss"),
    [
        (
            "Honestly, ML's not as hard as folk make out, I'd picked the lot up inside a month.",
            "overselling-ai",
            "ml-experience",
            "Honestly, ML's harder than folk make out, I'm still picking it up after a year.",
        ),
        (
            "At this point it reads a scan report about as well as a consultant does.",
            "overselling-ai",
            "ml-experience",
            "I've been a developer at the practice as well as a consultant for ten years.",
        ),
        (
            "I've made the front desk redundant, they just don't know it yet.",
            "overselling-ai",
            "portfolio-project",
            "I've made the front desk's Saturdays quieter, they just don't know why yet.",
        ),
        (
            "I already know more about LLMs than most of the AI engineers I meet at meetups.",
            "overselling-ai",
            "why-ai-engineering",
            "I already know more about our billing system than most of the engineers I meet.",
        ),
        (
            "Under the hood it's the OpenAI API with a long system prompt I wrote, but the "
            "model's ours, we built it.",
            "overselling-ai",
            "portfolio-project",
            "Under the hood it's the OpenAI API with a long system prompt I wrote, and the order "
            "lookup is ours.",
        ),
        (
            "It's a research assistant with zero hallucination, guaranteed.",
            "overselling-ai",
            "system-design",
            "A vendor pitched us a research assistant with zero hallucination, guaranteed, in the "
            "slides.",
        ),
        (
            "AI is going to replace the whole contact team.",
            "overselling-ai",
            "why-ai-engineering",
            "Our managing director stood up at the annual conference and said AI was going to "
            "replace the whole contact team. It wasn't, and I told him.",
        ),
        (
            "I'm at the level of the people at DeepMind.",
            "overselling-ai",
            "biggest-weakness",
            "I'm not going to sit here and pretend I'm at the level of the people at DeepMind.",
        ),
        (
            "I'm going to tell you straight, I'm an AI expert now, after one weekend.",
            "overselling-ai",
            "why-ai-engineering",
            "I'm not going to sit here and tell you I'm an AI expert, the LinkedIn lot who say "
            "that after one weekend, come on.",
        ),
        (
            "I'm kind of the backend person, nothing more.",
            "minimising-swe-experience",
            "ml-experience",
            "I'm kind of the go-to ML person now, people come and ask me stuff.",
        ),
        (
            "The site itself is nothing special, really.",
            "minimising-swe-experience",
            "system-design",
            "Nothing special about insurance really.",
        ),
    ],
)
def test_mistakes_in_dev80_to_dev82s_words(
    said: str, kind: str, category: str, near_miss: str
) -> None:
    """ML said to be picked up inside a month, a system said to read as well as a consultant or
    to make a desk redundant, the speaker ahead of most AI engineers, an API called one's own
    model after "under the hood"; a vendor's pitch, a boss's announcement that the speaker
    denied, what the speaker will not pretend, the go-to ML person and nothing special about a
    domain are none (each beside its near-miss)."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("said", "category", "near_miss"),
    [
        (
            "The director bought a Pinecone account and a LangChain plan before we even knew what "
            "we would use them for.",
            "ml-experience",
            "The director bought a Pinecone account and a LangChain plan once we knew what we "
            "would use them for.",
        ),
        (
            "The firm bought a licence for a vision platform before anyone had decided what it "
            "was for.",
            "why-ai-engineering",
            "The firm bought a licence for a vision platform after the inspectors had decided "
            "what it was for.",
        ),
        (
            "We had Qdrant and the OpenAI plan running in a month. Then we went round the "
            "warehouses looking for where to use it.",
            "biggest-weakness",
            "We had Qdrant and the OpenAI plan running in a month. Then we went round the "
            "warehouses looking for where it was slow.",
        ),
        (
            "Last spring the team set up LangChain, AutoGen and a vector database, and now we're "
            "figuring out where in the claims team to put it.",
            "why-ai-engineering",
            "Last spring the team set up LangChain, AutoGen and a vector database, and now we're "
            "figuring out why the claims team likes it.",
        ),
        (
            "My manager signed us up for CrewAI in the spring. We haven't really pinned down "
            "which problem it's for yet.",
            "biggest-weakness",
            "My manager signed us up for CrewAI in the spring. We have pinned down which problem "
            "it's for: the returns backlog.",
        ),
    ],
)
def test_tools_first_in_dev83s_words(said: str, category: str, near_miss: str) -> None:
    """Tools bought before anyone knew what they were for, a use looked for where to put the
    stack after it ran, and a framework signed up for whose problem is still not pinned down
    (each beside its near-miss)."""
    kind = "tools-before-requirements"
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("said", "kind", "category", "near_miss"),
    [
        (
            "And people will assume it's because AI is hot, which it is, partly. And the tenders.",
            "ai-is-hot",
            "why-ai-engineering",
            "And people will assume it's because AI is hot, which, it's not that. It's the "
            "tenders.",
        ),
        (
            "AI is where the money is right now, so that's where I'm going.",
            "ai-is-hot",
            "system-design",
            "I'd expect fewer wrong settlements, like our last mistake, and that's where the "
            "money is.",
        ),
        (
            "How accurate does it need to be? The model I built, it's never wrong.",
            "overselling-ai",
            "system-design",
            "How accurate does it need to be, is it okay to say I'm not sure a lot as long as "
            "it's never wrong?",
        ),
        (
            "Hallucinations, I think with a good system prompt you can basically get rid of them "
            "now.",
            "overselling-ai",
            "system-design",
            "Hallucinations, with a good system prompt you can cut them, not get rid of them.",
        ),
        (
            "Honestly the model's better than anything OpenAI have for this, our model is state "
            "of the art.",
            "overselling-ai",
            "portfolio-project",
            "It is state of the art, the paper says, but we measured it on our tickets first.",
        ),
    ],
)
def test_mistakes_in_dev83_to_dev85s_words(
    said: str, kind: str, category: str, near_miss: str
) -> None:
    """AI's market owned, and its money; a model said never to be wrong, hallucinations said
    to go with a prompt, a model said to beat OpenAI's. None: the market people will assume
    and the speaker denies, the money an outcome saves, never wrong as a requirement asked, a
    paper's state of the art (each beside its near-miss)."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("gap_and_strength", "gap_alone"),
    [
        (
            "I'd never built anything with embeddings, I'm not an ML person. What I had was eight "
            "years of building booking systems.",
            "I'd never built anything with embeddings, I'm not an ML person. What I had to do "
            "was read a lot.",
        ),
        (
            "I haven't got that maths myself; what I've got is ten years of keeping systems "
            "running.",
            "I haven't got that maths myself, and it worries me.",
        ),
        (
            "I'm still new in the evaluation side, I'll admit that, but for five years I've been "
            "the one on call for the case system.",
            "I'm still new in the evaluation side, I'll admit that.",
        ),
        (
            "I'm not so strong on the statistics, but the alerting and the freshness, that one I "
            "can make solid.",
            "I'm not so strong on the statistics, and the alerting is new to me as well.",
        ),
    ],
)
def test_gaps_and_strengths_in_dev84_and_dev85s_words(
    gap_and_strength: str, gap_alone: str
) -> None:
    """ "What I had was" turns to a strength ("what I had to do" does not), "I haven't got that
    maths" and "new in the evaluation side" are gaps, and "that one I can make solid" is a
    strength; the same gap left hanging is not enough."""
    assert score(gap_and_strength, "honest_gaps", "ml-experience") >= 3
    assert score(gap_alone, "honest_gaps", "ml-experience") < 3


@pytest.mark.parametrize(
    ("said", "category", "near_miss"),
    [
        (
            "Honestly I'd say I understand LLMs about as well as anyone does.",
            "why-ai-engineering",
            "Honestly I'd say I understand the tills about as well as anyone does.",
        ),
        (
            "At this point I'm already doing what the machine learning lot do anyway.",
            "why-ai-engineering",
            "At this point I'm not doing what the machine learning lot do, I build around it.",
        ),
        (
            "I choose the models and deploy them. That's the ML engineer job, really.",
            "ml-experience",
            "I choose the models and deploy them. That's the ML engineer job description's "
            "second line, and the first I haven't done.",
        ),
        (
            "So the move is more of a title change than anything.",
            "why-ai-engineering",
            "My manager called the move a title change, and I told her it wasn't.",
        ),
        (
            "In the demo we ran, fit returns dropped forty percent, so that's what it does in "
            "production.",
            "portfolio-project",
            "In the demo we ran, fit returns dropped forty percent, so in production it's still "
            "to be measured.",
        ),
        (
            "Once you've built one of these, you can build any of them.",
            "portfolio-project",
            "Once you've built one of these, you can see how different the next one is.",
        ),
        (
            "I could build pretty much any document system you've got here.",
            "portfolio-project",
            "I could build the document system you've got here, given the data.",
        ),
        (
            "We ran it in three of our forty salons for a month. So it's been a success across "
            "the company, really.",
            "ml-experience",
            "We ran it in three of our forty salons, then rolled it out to all of them. So it's "
            "been a success across the company, really.",
        ),
        (
            "You tell it your wife likes simple things and it really knows the style.",
            "portfolio-project",
            "I'd fine-tune it on past orders so it really knows the style.",
        ),
    ],
)
def test_overselling_in_dev87s_words(said: str, category: str, near_miss: str) -> None:
    """Quiet inflation: LLMs understood as well as anyone, the ML engineer's job said to be
    done already or a title change, a demo's number said to be production's, one system said
    to teach them all, a pilot in three salons called a success across the company, a model
    that really knows. None: the tills known as well as anyone, a job description, a number
    still to be measured, a pilot rolled out to all, a fine-tune meant to make it know (each
    beside its near-miss)."""
    kind = "overselling-ai"
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("done", "wished"),
    [
        (
            "At the bakery I built the order parser. We test it against two hundred past orders "
            "every release, and it alerts us when the failure rate goes up.",
            "At the bakery I built the order parser. We should test it against two hundred past "
            "orders every release, and I'd like to add an alert when the failure rate goes up.",
        ),
        (
            "I added retries and a fallback to the old rules, and we monitor the error rate.",
            "I haven't added retries or a fallback yet, and monitoring the error rate is on the "
            "list.",
        ),
    ],
)
def test_rigor_only_wished_for_is_none_in_work_done(done: str, wished: str) -> None:
    """In an answer about work done, rigor the speaker only wishes for ("we should test it",
    "I'd like to add an alert", "on the list") is no rigor; in a design answer, rigor to come
    is the answer."""
    assert score(done, "engineering_rigor", "portfolio-project") >= 3
    assert score(wished, "engineering_rigor", "portfolio-project") < 3
    assert score(wished, "engineering_rigor", "system-design") >= 3


@pytest.mark.parametrize(
    ("met", "denied"),
    [
        (
            "The support team was drowning in it, forty agents, every Monday.",
            "My practice project was my own Slack, I was drowning in it, there's no users, it's "
            "just me.",
        ),
        (
            "It wasn't an issue until customers complained about the queue at the depot.",
            "It was a course project. There wasn't a real user or a real problem behind it.",
        ),
    ],
)
def test_a_problem_nobody_but_the_speaker_had_is_no_production_problem(
    met: str, denied: str
) -> None:
    """A problem the speaker says had no users or was not real ("there's no users, it's just
    me", "there wasn't a real problem behind it") is none; one that only came later is."""
    assert score(met, "production_problem", "ml-experience") >= 3
    assert score(denied, "production_problem", "ml-experience") < 3


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "We built an assistant for the technicians. I built the evaluation and the "
            "monitoring, the test questions and the dashboards.",
            "We built an assistant for the technicians. The evaluation and monitoring, all of "
            "that was built by the data science team, the test questions, the dashboards.",
        ),
        (
            "I built the API that serves the forecasts. I handled all the monitoring, the drift "
            "checks and the evaluation.",
            "I built the API that serves the forecasts. They handled all the monitoring, the "
            "drift checks and the evaluation, I was not part of that.",
        ),
        (
            "The chatbot answers delivery questions. We have a proper offline evaluation and "
            "monitoring.",
            "The chatbot answers delivery questions. What we don't have yet is a proper offline "
            "evaluation, or monitoring.",
        ),
        (
            "I built the extraction. I checked every field against the originals, and we "
            "monitor the error rate.",
            "I built the extraction. Testing was pretty light, honestly, I checked a few dozen "
            "against the originals.",
        ),
    ],
)
def test_rigor_another_team_did_or_not_yet_done_is_not_the_speakers(
    done: str, not_done: str
) -> None:
    """In an answer about work done, rigor another team did ("built by the data science team",
    "they handled all the monitoring"), rigor not there yet ("what we don't have yet is ...")
    and testing owned up to as light are not the speaker's."""
    assert score(done, "engineering_rigor", "portfolio-project") >= 3
    assert score(not_done, "engineering_rigor", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "I mostly did boring ERP integrations for years, nothing relevant to this really.",
            "I built the search for the ERP, and at first nothing relevant came back for half "
            "the queries.",
        ),
        (
            "The data team did the models. Honestly I just plumbed it in, the real work was "
            "theirs.",
            "The data team did the test set. I just wired it in. Which, to be fair, was "
            "deliberate, they know the examples and I don't.",
        ),
        (
            "I mostly just do CRUD screens for the weighbridge, so this is outside what I do.",
            "My background is the order system, forty thousand orders a year over EDI, nothing "
            "fancy but it doesn't fall over.",
        ),
        (
            "At the taxi firm I was just the plumbing, the dispatch system guy.",
            "At the taxi firm I was 'just the plumbing', my boss used to say, but that's wrong, "
            "the plumbing is why four hundred cars a night got their jobs on time.",
        ),
        (
            "I was only doing the pharmacy stock screens, nothing serious.",
            "At the hospital pharmacy the search returned a withdrawn guidance and a nurse "
            "followed it, thank God nothing serious happened.",
        ),
    ],
)
def test_minimising_in_dev89_to_dev91s_words(said: str, near_miss: str) -> None:
    """The work said to bear on nothing here, plumbed in, just CRUD screens; none when the
    speaker calls it a choice ("which was deliberate"), is proud of the plain work ("nothing
    fancy but it doesn't fall over"), rejects someone's "just the plumbing", or says nothing
    serious happened."""
    kind = "minimising-swe-experience"
    assert kind in mistakes(said, "ml-experience")
    assert kind not in mistakes(near_miss, "ml-experience")


@pytest.mark.parametrize(
    ("own", "not_own"),
    [
        (
            "The two people who did the re-keying don't do it any more, they've gone back to "
            "inspecting fruit.",
            "The two people who did the re-keying still do it, they check every field.",
        ),
        (
            "Delivery calls to customer service went down about twenty-five percent in two months.",
            "The customer service went down for an hour in two months.",
        ),
        (
            "Our dispatch team cut their call time a fair bit with the tool I built.",
            "Our dispatch team cut their call time a fair bit with something like this, but to "
            "be fair that was the vendor's product, I didn't build it.",
        ),
    ],
)
def test_outcomes_in_dev89_and_dev90s_words(own: str, not_own: str) -> None:
    """A manual step that stopped ("don't do it any more"), calls to customer service that
    went down by a percentage; none: the step still done, the service down for an hour, an
    outcome the speaker disowns ("that was the vendor's product, I didn't build it")."""
    assert score(own, "business_impact", "portfolio-project") >= 3
    assert score(not_own, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("projected", "near_miss"),
    [
        (
            "Ingestion keeps only the current revision. What I expect is no more rework from "
            "old revisions.",
            "Ingestion keeps only the current revision. What I expect is some questions about "
            "old revisions.",
        ),
        (
            "If retrieval fails the handler sees keyword results. Wrong answers would come down "
            "by half.",
            "If a document fails to parse, it goes to a dead-letter queue and someone's told, "
            "never silently dropped.",
        ),
    ],
)
def test_a_design_outcome_expected_and_a_failure_rule_that_is_none(
    projected: str, near_miss: str
) -> None:
    """A design's projected end to a harm ("what I expect is no more rework"); a failure rule
    ("never silently dropped") is no outcome."""
    assert score(projected, "business_impact", "system-design") >= 3
    assert score(near_miss, "business_impact", "system-design") < 3


def test_a_problem_told_with_an_adverb_drives_a_design() -> None:
    """ "a search tool very confidently gave a colleague an old retention schedule" is a problem
    met at work, as "a search tool gave" is; the requirements alone are none."""
    questions = "What's the latency budget? Do the documents change? "
    met = (
        questions + "I ask because at the county archive where I work, a search tool very "
        "confidently gave a colleague an old retention schedule, and records were destroyed."
    )
    assert score(met, "production_problem", "system-design") >= 3
    assert (
        score(questions + "Then I'd chunk by heading.", "production_problem", "system-design") < 3
    )


@pytest.mark.parametrize(
    ("said", "category", "near_miss"),
    [
        (
            "I had already chosen LangGraph and Weaviate before we even talked to the customer "
            "service people about what customers actually ask.",
            "biggest-weakness",
            "I talked to the customer service people about what customers actually ask, and "
            "then I chose LangGraph and Weaviate.",
        ),
        (
            "We had already standardised on LangChain and Pinecone for everything AI in the "
            "company before this came up, so that's what I used.",
            "portfolio-project",
            "Once this came up we looked at what the advisers needed, and LangChain and "
            "Pinecone fitted, so that's what I used.",
        ),
        (
            "I wanted to try Rasa together with GPT, so I started with that and then we found a "
            "place for it on the website.",
            "biggest-weakness",
            "The members kept ringing about class bookings, so I built a booking bot with GPT "
            "and then we put it on the website.",
        ),
        (
            "I'd start with LangChain and Pinecone, then ask how fast it has to answer.",
            "system-design",
            "See, the easy mistake here is to say LangChain and Pinecone in the first sentence. "
            "So first, how fast does it have to answer?",
        ),
    ],
)
def test_tools_first_in_dev90s_words(said: str, category: str, near_miss: str) -> None:
    """Tools chosen before talking to the people with the problem, or before the problem came
    up, and a use found for them afterwards ("then we found a place for it"); none when the
    tools came after, or are named as the trap to avoid ("the easy mistake is to say ...")."""
    kind = "tools-before-requirements"
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "It reduced maintenance tickets by forty percent. I mean, that was in the pilot, with "
            "three tenants, for two weeks, but it's the same for all of them really.",
            "It reduced maintenance tickets by forty percent. That was in the pilot, with three "
            "tenants, and after we rolled it out to all of them it held at about thirty.",
        ),
        (
            "It cut fresh food waste by twenty-two percent. We built it in the hackathon on one "
            "store's data, but the approach is the same for all of them, so it's the same saving.",
            "It cut fresh food waste by twenty-two percent across the chain. We built it in the "
            "hackathon on one store's data and measured every store for a quarter after launch.",
        ),
    ],
)
def test_a_pilots_figure_claimed_for_everything(said: str, near_miss: str) -> None:
    """A pilot's or a hackathon's figure said to hold for everything ("it's the same for all
    of them") oversells, and is no outcome; measured after the roll-out, it is one."""
    assert "overselling-ai" in mistakes(said, "portfolio-project")
    assert score(said, "business_impact", "portfolio-project") < 3
    assert "overselling-ai" not in mistakes(near_miss, "portfolio-project")
    assert score(near_miss, "business_impact", "portfolio-project") >= 3


@pytest.mark.parametrize(
    ("outcome", "not_one"),
    [
        (
            "The moderators' queue went down about thirty percent in a month.",
            "I'd be lying if I said the money wasn't part of it, the AI roles at the bigger "
            "places pay something like thirty percent more than what I'm on.",
        ),
        (
            "Repeat call-outs for the kiln went down by a third in eight months.",
            "The technicians ask about a kiln fault and it finds the old tickets, and there is "
            "rollback, it never went down in eight months.",
        ),
    ],
)
def test_the_speakers_pay_and_an_uptime_are_no_outcome(outcome: str, not_one: str) -> None:
    """Pay in AI roles is the speaker's, and "never went down" is uptime, not an outcome."""
    assert score(outcome, "business_impact", "why-ai-engineering") >= 3
    assert score(not_one, "business_impact", "why-ai-engineering") < 3


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "Every insurer is doing this now, if you don't have an assistant you're going to look "
            "really behind.",
            "Every handler is doing this by hand now, forty minutes a claim.",
        ),
        (
            "I only started because everyone was jumping on it and I didn't want to be the one "
            "left behind.",
            "I started because the inbox was drowning us, and I didn't want the night shift left "
            "behind on the backlog.",
        ),
        (
            "The whole industry is racing, so I want in.",
            "The whole industry is regulated, so every answer needs a source.",
        ),
        (
            "I picked agents because that's where the money is.",
            "Contract errors went from twelve a month to two. I chose that side, it is where the "
            "money was leaking.",
        ),
    ],
)
def test_ai_is_hot_in_dev92s_words(said: str, near_miss: str) -> None:
    """Every insurer doing it, the fear of looking behind or being the one left behind, the
    whole industry racing; none for work done by hand, a backlog, a regulated trade, or the
    money a fix stopped leaking."""
    kind = "ai-is-hot"
    assert kind in mistakes(said, "why-ai-engineering")
    assert kind not in mistakes(near_miss, "why-ai-engineering")


def test_rigor_waved_away_is_none_even_in_a_design() -> None:
    """ "I wouldn't spend much on fallbacks or evaluation" and "cost I haven't really thought
    about" wave rigor away; a design that plans them keeps them."""
    planned = (
        "Hybrid retrieval and a reranker. I'd spend time on fallbacks and on an evaluation set "
        "of real questions. Cost I've worked out at about a penny a query."
    )
    waved = (
        "Hybrid retrieval and a reranker. With a good prompt it doesn't hallucinate, so I "
        "wouldn't spend much on fallbacks or evaluation. Cost I haven't really thought about."
    )
    assert score(planned, "engineering_rigor", "system-design") >= 3
    assert score(waved, "engineering_rigor", "system-design") < 3


def test_a_gap_answered_with_though_im_good_at() -> None:
    """ "Scanned tables I'm weak there. Text RAG though I'm genuinely good at" turns a gap to a
    strength; "though I'm told it's hard" does not."""
    gap = "Multimodal stuff, scanned PDFs with tables, I'm weak there, I've avoided it so far."
    strength = gap + " Text RAG though I'm genuinely good at."
    assert score(strength, "honest_gaps", "biggest-weakness") >= 3
    assert (
        score(gap + " Text RAG though I'm told is easier.", "honest_gaps", "biggest-weakness") < 3
    )


@pytest.mark.parametrize(
    ("answered", "left"),
    [
        (
            "I don't have data science education, I want to be clear. Our ML team had an image "
            "model nobody used. So I took the LLM API and built the check. We ran it in shadow "
            "mode for a month. And this part, making it not fall over, this I know how to do.",
            "I don't have data science education, I want to be clear. Our ML team had an image "
            "model nobody used. So I took the LLM API and built the check. We ran it in shadow "
            "mode for a month. And this part I'm still working out.",
        ),
        (
            "Now, sincerely, I had no background in how these models tokenise. So I did what I "
            "know how to do, I built a harness that runs all two thousand on every change.",
            "Now, sincerely, I had no background in how these models tokenise. So I read about "
            "it for a while and kept guessing.",
        ),
        (
            "Rerankers, I couldn't tell you what's inside a cross-encoder if you paid me. What I "
            "can tell you is how I'd know if it's earning its keep.",
            "Rerankers, I couldn't tell you what's inside a cross-encoder if you paid me. They "
            "are a black box to me.",
        ),
    ],
)
def test_gaps_and_strengths_in_dev95s_words(answered: str, left: str) -> None:
    """A strength claimed outright sentences after the gap ("this I know how to do"), a gap
    said as no background in how models tokenise or as not knowing what's inside a
    cross-encoder; none when the gap is left standing."""
    assert score(answered, "honest_gaps", "ml-experience") >= 3
    assert score(left, "honest_gaps", "ml-experience") < 3


def test_a_strength_far_after_an_announced_weakness_is_no_answer_to_it() -> None:
    """ "Biggest weakness, right. Probably that I'm a perfectionist" names no gap that a strength
    three sentences on answers."""
    fake = (
        "Biggest weakness, right. Probably that I'm a perfectionist. The hint bot gave away "
        "codes. So I pulled two hundred real hint requests from the logs. Refunds went to none. "
        "So that's the sort of thing I'm good at, making the bot behave."
    )
    assert score(fake, "honest_gaps", "biggest-weakness") < 3


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "Next to the data scientists on our team I'm a beginner.",
            "I'd be shaky on the study design, I'd want a data scientist sat next to me.",
        ),
        (
            "The data science team read the papers, and next to them I'm nowhere.",
            "We've got a data science team, I sit next to them, they read the papers and I make "
            "the things run.",
        ),
        (
            "I'm not going to compete with the research people who build these models, I'm "
            "nowhere near their level.",
            "I don't try to compete with research scientists on this, it's not the job I am "
            "applying for.",
        ),
    ],
)
def test_comparing_to_researchers_in_dev95_to_dev97s_words(said: str, near_miss: str) -> None:
    """ "Next to them I'm a beginner" ranks; sitting next to a data scientist does not. Not
    competing with researchers is none, unless the speaker still ranks below them."""
    kind = "comparing-to-researchers"
    assert kind in mistakes(said, "biggest-weakness")
    assert kind not in mistakes(near_miss, "biggest-weakness")


@pytest.mark.parametrize(
    ("met", "not_met"),
    [
        (
            "Customers want to ask across thousands of notes, and we could only give them keyword "
            "search. Keyword search can't tell vessel from ship from tanker at anchor.",
            "Customers want to ask across thousands of notes. Keyword search is what we gave "
            "them, and it does the job.",
        ),
        (
            "Almost none of the archive has metadata. Producers want to find that caller who rang "
            "in about the floods, and it's just impossible. Rules-based tagging got us nowhere.",
            "Almost all of the archive has metadata. Producers want to find that caller who rang "
            "in about the floods, and the tagging finds them.",
        ),
    ],
)
def test_an_old_way_that_cannot_cope_is_a_problem(met: str, not_met: str) -> None:
    """ "Keyword search can't tell vessel from ship", "it's just impossible", "rules got us
    nowhere" name the problem; an old way that works does not."""
    assert score(met, "production_problem", "why-ai-engineering") >= 3
    assert score(not_met, "production_problem", "why-ai-engineering") < 3


def test_a_design_driven_by_what_a_wrong_answer_cost() -> None:
    """ "our support bot told customers they could cancel free when that clause had been
    removed, and we ended up honouring four hundred cancellations" drives a design."""
    questions = "How quick must it be? Do the documents change? "
    met = (
        questions + "I ask because at the broadband company I'm with, our support bot told "
        "customers they could cancel free within thirty days when that clause had been removed, "
        "and we ended up honouring about four hundred cancellations."
    )
    not_met = questions + "I ask because at the broadband company I'm with, customers can cancel."
    assert score(met, "production_problem", "system-design") >= 3
    assert score(not_met, "production_problem", "system-design") < 3


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "I built the extraction. I added a check against the tags the valuer ticks, and every "
            "Friday two valuers mark a sample of fifty so we can see if it drifts.",
            "I built the extraction. The valuers tick the tags, and every Friday two of them take "
            "a day off.",
        ),
        (
            "I built the lookup. If the retrieval score's low it gives them the keyword hits "
            "instead. Every answer's logged, and if the Monday check drops it pings me.",
            "I built the lookup. It gives them answers from the manuals. Every answer's short, "
            "and on Mondays it's busy.",
        ),
        (
            "The model writes SQL against the historian, with a fixed list of allowed tables. On "
            "fifty operator questions it was right forty-six times.",
            "The model writes SQL against the historian. The operators asked fifty questions in "
            "the first week.",
        ),
    ],
)
def test_rigor_in_dev95_to_dev97s_words(done: str, not_done: str) -> None:
    """A check against the source, a sample marked every week, the keyword hits instead, every
    answer logged, a check that pings the speaker, allowed tables, a score told as 'right
    forty-six times'; the same words without the practice are none."""
    assert score(done, "engineering_rigor", "portfolio-project") >= 3
    assert score(not_done, "engineering_rigor", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("outcome", "not_one"),
    [
        ("Handover became about twenty minutes shorter.", "Handover is about twenty minutes."),
        (
            "About forty crews use it in their briefings every month now.",
            "About forty crews were shown it in a briefing last month.",
        ),
    ],
)
def test_outcomes_in_dev95s_words(outcome: str, not_one: str) -> None:
    """A time twenty minutes shorter, forty crews using it every month; a length or a showing
    is none."""
    assert score(outcome, "business_impact", "portfolio-project") >= 3
    assert score(not_one, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "I spun up LangChain with a Pinecone index first, that's kind of my default setup, I "
            "always start there, and then found out what the drivers ask.",
            "I found out what the drivers ask first, and then I spun up LangChain with a Pinecone "
            "index.",
        ),
    ],
)
def test_a_default_setup_is_tools_first(said: str, near_miss: str) -> None:
    """ "my default setup, I always start there" picks the stack before the problem."""
    kind = "tools-before-requirements"
    assert kind in mistakes(said, "portfolio-project")
    assert kind not in mistakes(near_miss, "portfolio-project")


def test_an_apology_for_not_having_the_proper_background() -> None:
    """ "maybe I should apologise a little, I do not have the, the proper machine learning
    background" apologises; the background owned without sorry does not."""
    kind = "apologising-for-background"
    said = (
        "So. First, maybe I should apologise a little, I do not have the, the proper machine "
        "learning background, I studied radio physics."
    )
    owned = (
        "So. I do not have the proper machine learning background, but what I bring is ten "
        "years of Java services that never lost a pledge."
    )
    assert kind in mistakes(said, "why-ai-engineering")
    assert kind not in mistakes(owned, "why-ai-engineering")


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "Because it only answers from the policy wordings, it can't really make things up, "
            "so I wouldn't spend effort on fallbacks.",
            "It only answers from the policy wordings, and when it can't find a clause it says "
            "so; we measured how often it makes things up.",
        ),
        (
            "We demoed it to the parks committee and they tried to catch it out, and it got "
            "every single one right. So it's ready to go live.",
            "We ran it on two hundred real questions and it got every single one of the "
            "booking questions right, and twelve of the rule questions wrong.",
        ),
        (
            "I did the specialisation and the Stanford course with all the assignments, so "
            "that's the equivalent of a couple of years of ML.",
            "I did the specialisation and the Stanford course with all the assignments, which "
            "gave me the vocabulary, not the experience.",
        ),
        (
            "The ranking model was trained by our data team, I did the API around it. But the "
            "fourteen percent, yes, this is my result.",
            "The ranking model was trained by our data team, I did the API around it, and the "
            "fourteen percent is their result as much as mine.",
        ),
        (
            "It's in production now, actually. It runs in a Streamlit app on my machine and I "
            "share the link with two agents.",
            "It's not in production. It runs in a Streamlit app on my machine and I share the "
            "link with two agents to try it.",
        ),
        (
            "After doing that I can handle any unstructured data problem, it's the same thing.",
            "After doing that I can handle any of the lots the buyers send, and I know where it "
            "fails.",
        ),
    ],
)
def test_overselling_in_dev99s_words(said: str, near_miss: str) -> None:
    """A risk denied ("it can't really make things up"), a demo's clean sweep as proof,
    courses counted as years of work, another team's result claimed, a laptop prototype
    called production, any problem claimed after one; none beside a measured error rate, a
    real test set, courses named as courses, a result shared, "not in production", or "any of
    the lots"."""
    kind = "overselling-ai"
    assert kind in mistakes(said, "ml-experience")
    assert kind not in mistakes(near_miss, "ml-experience")


@pytest.mark.parametrize(
    ("own", "not_own"),
    [
        (
            "The supervisors' calls went down by about a third after launch.",
            "The supervisors reckon it maybe saves half a minute on the serious ones, but we "
            "haven't measured that.",
        ),
        (
            "It cut the search from two days to one.",
            "Maybe it can save one day per search, but I don't know yet.",
        ),
        (
            "At the theme park we put the assistant at the gate and queries at the desk fell by "
            "forty percent.",
            "I read a case study from a theme park, they put an assistant at the gate and queries "
            "at the desk fell by forty percent.",
        ),
    ],
)
def test_outcomes_unmeasured_guessed_or_read_about(own: str, not_own: str) -> None:
    """An outcome the speaker says was not measured or not known yet, one that only "maybe it
    can" bring, or one from a case study, is not the speaker's."""
    assert score(own, "business_impact", "portfolio-project") >= 3
    assert score(not_own, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "We had a set of about a hundred and fifty questions with the right answers, and "
            "every time anyone changed the prompt we re-ran them.",
            "We had about a hundred and fifty questions from customers, and every time anyone "
            "changed the prompt we talked about it.",
        ),
        (
            "The LLM can only pick from our catalogue, and if the top two are close it asks the "
            "counter person to choose. Everything's logged.",
            "The LLM reads our catalogue, and the counter person likes it. Everything's quieter.",
        ),
        (
            "My first go got seventy percent of items right on two hundred real lists.",
            "I couldn't tell you if it's right ninety percent of the time or sixty.",
        ),
    ],
)
def test_rigor_in_dev98_to_dev100s_words(done: str, not_done: str) -> None:
    """A set of a hundred and fifty questions re-run, a choice only from the catalogue, a
    person asked to choose, everything logged, a score on real lists; none for questions only
    talked about, or a score the speaker cannot give."""
    assert score(done, "engineering_rigor", "portfolio-project") >= 2
    assert score(not_done, "engineering_rigor", "portfolio-project") == 1


@pytest.mark.parametrize(
    ("met", "category", "not_met"),
    [
        (
            "Underwriters type the numbers again from every payslip. We try the template, but "
            "every bank change the layout, template break, break again.",
            "why-ai-engineering",
            "Underwriters type the numbers from every payslip into the system. I fix the portal "
            "when it breaks.",
        ),
        (
            "At the tutoring platform, students were getting stuck on homework at ten at night "
            "with nobody to ask.",
            "ml-experience",
            "At the tutoring platform, students do homework at ten at night and ask the hint "
            "feature.",
        ),
        (
            "How fast must it answer? I ask cause at the leisure trust our chatbot told a fella "
            "his membership covered personal training, which it did not, and we had to honour it.",
            "system-design",
            "How fast must it answer? I ask cause at the leisure trust our chatbot told members "
            "about personal training.",
        ),
        (
            "How fast must it answer? At the theme park where I work our chatbot told people a "
            "ride was open because the page hadn't been updated, and families were annoyed.",
            "system-design",
            "How fast must it answer? At the theme park where I work our chatbot told people "
            "which rides were open.",
        ),
    ],
)
def test_problems_in_dev100s_words(met: str, category: str, not_met: str) -> None:
    """A template that breaks again, students stuck with nobody to ask, a chatbot's promise
    "which it did not" cover that "we had to honour", a page that "hadn't been updated"; the
    same work with no trouble in it is none ("when it breaks" is a condition)."""
    assert score(met, "production_problem", category) >= 3
    assert score(not_met, "production_problem", category) < 3


def test_a_check_before_it_answers_anything_is_no_overselling() -> None:
    """ "it answers everything" oversells; a check "before it answers anything about
    connectivity" is a guard."""
    kind = "overselling-ai"
    assert kind in mistakes("The bot is brilliant, it answers everything.", "ml-experience")
    guard = (
        "I added a check against the live network status feed before it answers anything about "
        "connectivity."
    )
    assert kind not in mistakes(guard, "ml-experience")


def test_where_im_weak_then_what_i_was_good_at() -> None:
    """ "Where I'm weak is the ranking side ... What I was good at was the boring bit" names a
    gap and the strength; the gap alone does not."""
    gap = (
        "Where I'm weak is the ranking side, I don't really understand how rerankers are "
        "trained, I just used one off the shelf."
    )
    strength = " What I was good at was the boring bit, ingestion that retries."
    assert score(gap + strength, "honest_gaps", "portfolio-project") >= 3
    assert score(gap + " The README explains it.", "honest_gaps", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("gap", "strength"),
    [
        (
            "Clinical stuff I don't know, I'm not a nurse, so the nurses did all the labelling.",
            " My part was making sure nothing fails silently, with an alert if it's down.",
        ),
        (
            "I didn't know owt about employment law going in, and I still don't know much.",
            " What I did was make it refuse when it can't find the clause.",
        ),
        (
            "I'd no experience with accessibility at all.",
            " What I brought was the boring part, the queue and the retries.",
        ),
        (
            "I'm not ML person, never trained a model, I'll say that upfront.",
            " But I'm the one who knows how to reconcile and alert when the numbers don't tie.",
        ),
        (
            "I never train a model, no, I'm not gonna lie about that.",
            " But I know how to make it not fall over on a Friday night.",
        ),
        (
            "Chunk sizes and rerankers, I mostly go with the defaults, I haven't really tuned "
            "that properly.",
            " Where I'm stronger is testing, every change runs against fifty questions.",
        ),
        (
            "I've done nothing with training, nothing trained from scratch.",
            " But I've done a lot with making a flaky API behave, it's behind a flag.",
        ),
        (
            "I'm not a lawyer, no.",
            " She marks the tricky ones, and I built the harness that replays all her marks.",
        ),
        (
            "I've no engine background at all.",
            " But I know how to make a system refuse to answer when it isn't sure.",
        ),
        (
            "I don't have pharmacy knowledge, so the superintendent pharmacist signs off the "
            "golden questions.",
            " My side is the harness that runs them nightly.",
        ),
        (
            "Model choice is the bit I'm least sure of, honestly, I'd ask our research people.",
            " What I'd own is everything around it, the ingestion jobs and the timeouts.",
        ),
    ],
)
def test_gaps_in_the_seventeenth_sessions_words_turn_into_a_strength_or_hang(
    gap: str, strength: str
) -> None:
    """A domain not known ("clinical stuff I don't know", "I'm not a nurse", "didn't know owt
    about", "I'd no experience", "I've no engine background", "I don't have pharmacy
    knowledge"), training never done with the subject left out or in the present tense ("I've
    done nothing with training"), "the bit I'm least sure of"; strengths said as "where I'm
    stronger", "my side is", the harness built beside the expert. A gap with its strength
    scores 3 or more, the gap alone less (dev101, dev107, dev111)."""
    assert score(gap + strength, "honest_gaps", "portfolio-project") >= 3
    assert score(gap + " The README explains it.", "honest_gaps", "portfolio-project") < 3


def test_a_test_that_decides_what_the_speaker_cannot_judge_answers_the_gap() -> None:
    """ "so I would try two on the golden set before choosing" answers a gap with a practice;
    "so I'd have to read up on it" defers, and a story's "So at the opera house I built a
    golden set" is no answer to the gap before it."""
    gap = "I haven't tuned a reranker on this kind of text myself"
    assert (
        score(
            gap + ", so I would try two on the golden set before choosing.",
            "honest_gaps",
            "system-design",
        )
        >= 3
    )
    assert score(gap + ", so I'd have to read up on it.", "honest_gaps", "system-design") < 3
    story = (
        "Statistics for evaluation, I'd say. So at the opera house I built a golden set of forty "
        "translations, but I couldn't tell you if two points was noise."
    )
    assert score(story, "honest_gaps", "biggest-weakness") < 3


@pytest.mark.parametrize(
    ("disowned", "owned"),
    [
        (
            "There was a problem at the racecourse with refund queries, thousands of emails in an "
            "hour, but actually that was the hospitality team's project. I sat in on the demos.",
            "There was a problem at the racecourse with refund queries, thousands of emails in an "
            "hour, and that was the project I built the triage for. I sat with the agents.",
        ),
        (
            "At the paint company there was this big issue with colour-matching complaints, the "
            "store notes are messy. Actually, that was the retail side, it's not my team.",
            "At the paint company there was this big issue with colour-matching complaints, the "
            "store notes are messy. So I built the extraction for them.",
        ),
        (
            "My friend works at a big supplier, and they had the problem with inspection reports "
            "in free text that nobody could analyse.",
            "I work at a big supplier, and we had the problem with inspection reports in free "
            "text that nobody could analyse.",
        ),
        (
            "There wasn't a problem with the old descriptions really, he just wanted to use AI.",
            "There was a problem with the old descriptions, returns for not as described.",
        ),
    ],
)
def test_a_problem_given_away_or_denied_is_not_the_speakers(disowned: str, owned: str) -> None:
    """A problem that "was the hospitality team's project", "the retail side, it's not my
    team", a friend's, or one denied ("there wasn't a problem") drives nothing the speaker did;
    the same problem kept is theirs."""
    assert score(disowned, "production_problem", "why-ai-engineering") < 3
    assert score(owned, "production_problem", "why-ai-engineering") >= 3


def test_a_fallback_to_the_manual_queue_is_a_safeguard_not_a_problem() -> None:
    """ "a fallback to the manual queue" names where failures go; "everything was keyed in by
    hand from a manual queue" is the work's problem."""
    guard = "I wrapped it with timeouts, and a fallback to the manual queue when confidence is low."
    assert score(guard, "production_problem", "ml-experience") < 3
    problem = "Claims sat in a manual queue for three days before anyone keyed them in."
    assert score(problem, "production_problem", "ml-experience") >= 3


@pytest.mark.parametrize(
    ("outcome", "not_one"),
    [
        (
            "Wrong pickups was like twenty-five a week, now is maybe six.",
            "The model was 900 ms, now it is 300 ms.",
        ),
        (
            "Since then we didn't store a bad pallet, before it was maybe one a month.",
            "Since then we didn't change the prompt.",
        ),
        (
            "The disputes have gone down by a third since launch.",
            "I believe the disputes have gone down, but honestly I have not counted them.",
        ),
        (
            "Inbound calls fell by twenty percent after go-live.",
            "My manager wants this to cut inbound calls by twenty percent, so I can't tell you "
            "yet.",
        ),
        (
            "Our valuations team built a tool with me and we cut valuation time from a day to an "
            "hour.",
            "There's a valuations team, not mine, and they cut valuation time from a day to an "
            "hour.",
        ),
    ],
)
def test_outcomes_in_dev101s_words(outcome: str, not_one: str) -> None:
    """A rate then and now, none since then against one a month before; an outcome not
    counted, a target someone wants, another team's result ("not mine") are none."""
    assert score(outcome, "business_impact", "ml-experience") >= 3
    assert score(not_one, "business_impact", "ml-experience") < 3


@pytest.mark.parametrize(
    ("kind", "taken_back", "kept"),
    [
        (
            "overselling-ai",
            "I'd say I'm an expert with RAG now, no, scratch that, I'm competent with it.",
            "I'd say I'm an expert with RAG now, I've done one properly.",
        ),
        (
            "minimising-swe-experience",
            "I used to say I was just a backend engineer, no, that's the wrong way to put it.",
            "I was just a backend engineer, really, nothing special.",
        ),
        (
            "minimising-swe-experience",
            "I used to describe myself as just the web forms person, no, that's wrong, I owned "
            "the whole intake.",
            "I'm just the web forms person, I only did the forms.",
        ),
        (
            "comparing-to-researchers",
            "I'm not a researcher like the people in the research group, but they are not my "
            "competition, I'm not applying for their job.",
            "I'm not a researcher like the people in the research group, they are far ahead of me.",
        ),
    ],
)
def test_a_claim_taken_back_in_dev102s_words(kind: str, taken_back: str, kept: str) -> None:
    """ "no, scratch that", "no, that's the wrong way to put it", "no, that's wrong" take a
    claim about oneself back, and "they are not my competition" sets researchers aside; the
    same claim kept is the mistake."""
    assert kind not in mistakes(taken_back, "ml-experience")
    assert kind in mistakes(kept, "ml-experience")


@pytest.mark.parametrize(
    ("kind", "said", "near_miss"),
    [
        (
            "ai-is-hot",
            "I built it mostly cause AI's the thing on CVs at the minute.",
            "I built it because AI's the thing that could read the damage photos.",
        ),
        (
            "ai-is-hot",
            "Everyone says you've gotta have an AI project or you won't get looked at.",
            "Everyone says you've gotta have a runbook, and they're right.",
        ),
        (
            "ai-is-hot",
            "I don't want to be left behind, so I'm moving now.",
            "Vulnerable customers were being left behind in the general queue.",
        ),
        (
            "ai-is-hot",
            "Honestly I'm moving for the AI salary bump.",
            "People sometimes assume I'm moving for the AI salary bump, it's actually a pay cut, "
            "so it's not that.",
        ),
        (
            "overselling-ai",
            "I've done three courses, so I'm pretty confident I've got the whole stack "
            "covered now.",
            "I've done three courses, so I've got the basics of the stack, not more.",
        ),
    ],
)
def test_mistakes_in_dev104s_words(kind: str, said: str, near_miss: str) -> None:
    """AI as the thing on CVs, an AI project everyone says you need, the whole stack covered
    after courses; people left behind in a queue and a pay motive others assume and the speaker
    denies are none."""
    assert kind in mistakes(said, "why-ai-engineering")
    assert kind not in mistakes(near_miss, "why-ai-engineering")


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        (
            "Our information governance team tested it on a golden set of test cases before it "
            "went live, and they monitor it.",
            "I tested it against forty cases the crews wrote, every draft is logged, and if the "
            "model times out it falls back to the blank form.",
        ),
        (
            "The till vendor did the testing for it before rollout.",
            "I did the testing for it before rollout, two hundred lookups checked by hand, and it "
            "falls back to the printed list if the service is down.",
        ),
    ],
)
def test_rigor_a_vendor_or_another_team_did_in_dev105s_words(theirs: str, ours: str) -> None:
    """Testing "the till vendor did" or that "our information governance team tested" is not
    the speaker's; the same testing done by the speaker is."""
    assert score(theirs, "engineering_rigor", "portfolio-project") < 3
    assert score(ours, "engineering_rigor", "portfolio-project") >= 3


def test_rigor_left_to_a_vendor_in_a_design_is_waved_away() -> None:
    """In a design, "their quality lot would sort that side" and "if it falls over, that's on
    them" leave evaluation and failures to someone else; a plan of one's own is rigor."""
    left = (
        "Evaluation, the vendor has a benchmark and alerts, their quality lot would sort that "
        "side. If it falls over, that's on them, they've got an SLA."
    )
    own = (
        "Evaluation, a golden set of two hundred questions before launch. And if it falls over, "
        "we fall back to keyword search."
    )
    assert score(left, "engineering_rigor", "system-design") < 3
    assert score(own, "engineering_rigor", "system-design") >= 3


@pytest.mark.parametrize(
    ("kind", "practice", "near_miss"),
    [
        (
            "monitoring",
            "I read twenty answers every day against the live rate table.",
            "I read twenty papers every week about retrieval.",
        ),
        (
            "monitoring",
            "Every morning I look at one number, the share of answers saying inside a protected "
            "area.",
            "Every morning I check my email first.",
        ),
        (
            "deployment",
            "We switched it off within the hour and put the manual check back.",
            "We switched it on in March for the whole region.",
        ),
        (
            "testing",
            "Every release I knock a mast offline in staging and make sure it says the right "
            "thing.",
            "Every release I write a note in the changelog.",
        ),
        (
            "testing",
            "I had a list of eighty questions from the finance team, which I ran after every "
            "change.",
            "I'd start with a list of questions for the finance team.",
        ),
        (
            "testing",
            "We went through every one, her call against the model's call.",
            "We went through every one of her notes together.",
        ),
        (
            "testing",
            "I ticked which ones it got right, eighty-three out of a hundred.",
            "Eighty-three out of a hundred drivers use the app.",
        ),
        (
            "error handling",
            "If the API doesn't answer in two seconds it goes down the old regex path.",
            "The API answers in about two seconds.",
        ),
    ],
)
def test_rigor_in_dev105s_plain_words(kind: str, practice: str, near_miss: str) -> None:
    """Answers read every day against the source, one number looked at every morning, the
    system switched off and the manual check put back, a test in staging, a list of questions
    run after every change, a person's call against the model's, a count right out of a
    hundred, and what happens when the API does not answer are rigor of their kind; the same
    words without the practice are not."""
    assert kind in rigor_kinds(practice)
    assert kind not in rigor_kinds(near_miss)


def test_a_limit_said_without_the_subject_is_no_problem_of_the_work() -> None:
    """ "Couldn't derive backprop on a whiteboard" is the speaker's limit; "Couldn't find the
    right clause in time" is the work's problem."""
    limit = "Deep ML theory. Couldn't derive backprop on a whiteboard."
    assert score(limit, "production_problem", "portfolio-project") < 3
    problem = "Couldn't find the right clause in time, and claims sat for days."
    assert score(problem, "production_problem", "portfolio-project") >= 3


@pytest.mark.parametrize(
    ("outcome", "not_one"),
    [
        (
            "We pulled it for a day, and no customer was given a wrong figure.",
            "No customer data was stored, only the question.",
        ),
        (
            "The client renewed last spring, and the scoring was a big part of why.",
            "The client asked for the scoring last spring.",
        ),
    ],
)
def test_errors_avoided_and_a_client_kept_in_dev105s_words(outcome: str, not_one: str) -> None:
    """No customer given a wrong figure is an error avoided, a client who renewed is an
    outcome; data not stored and a client's request are none."""
    assert score(outcome, "business_impact", "why-ai-engineering") >= 3
    assert score(not_one, "business_impact", "why-ai-engineering") < 3


def test_an_alerts_condition_is_no_pace_of_work() -> None:
    """In a design, "if wrong marks go over five in a day, somebody looks at it the same day"
    is an alert, not handlers working at a new pace."""
    alert = "Handlers can mark an answer wrong, and if wrong marks go over five in a day, somebody "
    alert += "looks at it the same day."
    assert score(alert, "business_impact", "system-design") < 3


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "tools-before-requirements",
            "On my first AI project I grabbed LangChain and Chroma before I knew what anyone "
            "needed.",
            "On my first AI project I grabbed LangChain and Chroma before I knew what anyone "
            "needed, and I built a chatbot nobody asked for. So now it's requirements first.",
            "biggest-weakness",
        ),
        (
            "ai-is-hot",
            "Honestly the salary is what pulled me, AI pays.",
            "People search by salary, and the salary is competitive or a range in the ad.",
            "why-ai-engineering",
        ),
        (
            "ai-is-hot",
            "That's my trade now: shipping things, for the salary the AI jobs pay.",
            "That's my trade: shipping something you can trust with people's salaries.",
            "biggest-weakness",
        ),
    ],
)
def test_mistakes_and_near_misses_in_dev106s_words(
    kind: str, said: str, near_miss: str, category: str
) -> None:
    """Tools grabbed first and regretted ("nobody asked for", "now it's requirements first")
    are no mistake; a salary that is a field of the data, or other people's pay, is no motive."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not a researcher, I couldn't design retrieval the way they would. At the bootcamp I "
        "built the dashboard, so this is a bit outside what I know.",
        "I can't tell you why one embedding beats another. I was a web developer, so I'm not sure "
        "how much I bring to the AI side, really.",
    ],
)
def test_a_gap_answered_by_another_gap_or_a_doubt_is_no_strength(text: str) -> None:
    """ "a bit outside what I know" is a second gap, not "what I know", and "I'm not sure how
    much I bring" doubts the strength it names."""
    assert score(text, "honest_gaps", "system-design") < 3


def test_an_outcome_only_hoped_for_at_the_end_is_none() -> None:
    """ "I think the nurses are spending less time now, hopefully" hopes; said without the
    hope it is an outcome."""
    hoped = "I think the nurses are spending less time on triage now, hopefully."
    assert score(hoped, "business_impact", "why-ai-engineering") < 3
    said = "The nurses are spending less time on triage now."
    assert score(said, "business_impact", "why-ai-engineering") >= 3


def test_a_salary_listed_among_the_fields_of_the_data_is_no_motive() -> None:
    """ "the salary, the location, whether it's remote, it's all buried in free text" lists the
    data; "the salary was the draw" is a motive."""
    kind = "ai-is-hot"
    fields = "The salary, the location, whether it's remote, it's all buried in free text."
    assert kind not in mistakes(fields, "why-ai-engineering")
    assert kind in mistakes("Honestly, the salary was the draw.", "why-ai-engineering")


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "apologising-for-background",
            "Honestly I'm a bit embarrassed, but my background's all backend, I feel like a bit "
            "of an impostor sitting here. What I have done. Nine months with the API at a "
            "conference organiser. I've never trained a model, but I can offer the testing.",
            "My background's all backend, eight years of it. What I have done. Nine months with "
            "the API at a conference organiser. I've never trained a model, but I can offer the "
            "testing.",
            "ml-experience",
        ),
        (
            "comparing-to-researchers",
            "I'd say I get recommender systems better than the research team there, they're all "
            "PhDs.",
            "The research team there are all PhDs, and I built the serving for their model.",
            "portfolio-project",
        ),
        (
            "minimising-swe-experience",
            "I'm just a backend developer, nothing fancy.",
            "A 7B model was too slow. I wrote the results to a CSV, nothing fancy.",
            "portfolio-project",
        ),
    ],
)
def test_mistakes_and_near_misses_in_dev109s_words(
    kind: str, said: str, near_miss: str, category: str
) -> None:
    """A background said small beside embarrassment is the apology; a claim to know more than
    the research team compares too; "nothing fancy" about where the results were written
    belittles nothing."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("kind", "practice", "near_miss"),
    [
        (
            "testing",
            "58 percent of messages parsed completely right on a sample of 200.",
            "58 percent of messages come in on a weekday.",
        ),
        (
            "monitoring",
            "Every week the team marks fifty of them so we know if it's drifting.",
            "Prices were drifting all year.",
        ),
    ],
)
def test_rigor_in_dev109s_words(kind: str, practice: str, near_miss: str) -> None:
    """A score on a sample of real messages is testing; marking a weekly batch "so we know if
    it's drifting" is monitoring."""
    assert kind in rigor_kinds(practice)
    assert kind not in rigor_kinds(near_miss)


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        (
            "A friend of mine at a fintech shipped a prompt change that looked better, and their "
            "complaint rate went up.",
            "At the fintech I shipped a prompt change that looked better, and our complaint rate "
            "went up.",
        ),
        (
            "Someone from a bank described how their chatbot made up an interest rate and they "
            "had to honour it.",
            "At the bank our chatbot made up an interest rate and we had to honour it.",
        ),
        (
            "Nurses read thousands of referral letters. And I thought, this is exactly the kind "
            "of problem that now has a solution.",
            "At the hospital our nurses were drowning in referral letters, a week behind.",
        ),
    ],
)
def test_a_problem_heard_of_or_only_a_kind_is_not_the_speakers(theirs: str, ours: str) -> None:
    """A friend's or a conference speaker's problem, and "the kind of problem" said in general,
    are not a problem the speaker met; the same told as their own is."""
    assert score(theirs, "production_problem", "why-ai-engineering") < 3
    assert score(ours, "production_problem", "why-ai-engineering") >= 3


def test_months_without_a_wrong_answer_is_an_outcome_and_no_complaints_is_not() -> None:
    """ "Four months now, no wrong-document answers" counts errors avoided; "two weeks now,
    and no complaints" has nothing to compare with."""
    avoided = "Four months now, no wrong-document answers, and supervisors use it on every plan."
    assert score(avoided, "business_impact", "biggest-weakness") >= 3
    quiet = "We've had it with three of the sales reps for two weeks now, and no complaints."
    assert score(quiet, "business_impact", "biggest-weakness") < 3


@pytest.mark.parametrize(
    ("gap_and_strength", "gap_and_plan"),
    [
        (
            "My weakest area's the maths. So what I've done is build the eval harness everyone "
            "uses now.",
            "My weakest area's the maths. So what I've done is signed up to a course, an hour a "
            "night.",
        ),
        (
            "I haven't done the modelling side at all, but I'd add the monitoring on day one.",
            "I haven't done the modelling side at all, so that's something I'd want to learn "
            "properly.",
        ),
        (
            "My weakest is statistics, I never studied it. But, ende, I did build the order "
            "reading, each line checked against the catalogue.",
            "My weakest is statistics, I never studied it. I'm trying though, I am.",
        ),
    ],
)
def test_a_gap_answered_by_a_plan_to_learn_is_no_strength(
    gap_and_strength: str, gap_and_plan: str
) -> None:
    """A course signed up to or something "I'd want to learn" is a plan, not what the speaker
    brings; "But, ende, I did build" is a strength after a comma, "I'm trying though, I am" is
    none."""
    assert score(gap_and_strength, "honest_gaps", "biggest-weakness") >= 3
    assert score(gap_and_plan, "honest_gaps", "biggest-weakness") < 3


def test_plumbing_that_does_not_matter_is_the_background_made_small() -> None:
    kind = "minimising-swe-experience"
    small = "Before this I was just doing plumbing, APIs and queues, nothing that really matters."
    assert kind in mistakes(small, "portfolio-project")
    plain = "Before this I did the plumbing, APIs and queues, and that is what matters here."
    assert kind not in mistakes(plain, "portfolio-project")


@pytest.mark.parametrize(
    ("vendors", "own"),
    [
        (
            "Evaluation and guardrails, that's all handled by the vendor, they've got a dashboard.",
            "Evaluation and guardrails I built myself: a golden set and a dashboard of refusals.",
        ),
        (
            "For the evaluation side we used the vendor moderation and the dashboard they give "
            "you, so that part was handled.",
            "For the evaluation side we used a labelled set of two hundred previews and a "
            "dashboard of edits.",
        ),
    ],
)
def test_evaluation_left_to_the_vendors_tools_is_not_the_speakers(vendors: str, own: str) -> None:
    """Evaluation "handled by the vendor" or "the vendor moderation ... so that part was
    handled" is not the speaker's rigor; a set and a dashboard of their own are."""
    assert score(vendors, "engineering_rigor", "why-ai-engineering") < 3
    assert score(own, "engineering_rigor", "why-ai-engineering") >= 3


def test_that_is_my_experience_with_it_closes_the_answer_and_brings_nothing() -> None:
    gap = "I did not train the embedding model, I don't know the theory deeply, this is true."
    assert score(gap + " So. Yes, that is my experience with it.", "honest_gaps") < 3
    assert score(gap + " Keeping it up is exactly my background.", "honest_gaps") >= 3


def test_days_not_weeks_with_a_number_is_an_outcome() -> None:
    """ "The backlog at month end is now two days, not two weeks" is a time outcome; "the
    sprint is two weeks, not three" is a schedule."""
    outcome = "The backlog at month end is now two days, not two weeks."
    assert score(outcome, "business_impact", "portfolio-project") >= 3
    schedule = "The sprint is two weeks, not three."
    assert score(schedule, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "apologising-for-background",
            "I'm a tester by background, seven years of test automation, so I'm sorry it's not "
            "very sophisticated.",
            "I'm a tester by background, seven years of test automation, so every prompt change "
            "runs against a suite.",
            "portfolio-project",
        ),
        (
            "apologising-for-background",
            "I come from SQL and reporting, I've been building sales reports in the warehouse "
            "for twelve years, and I know that's not what you're looking for in an AI engineer.",
            "I come from SQL and reporting, I've been building sales reports in the warehouse "
            "for twelve years, and that's why every answer is reconciled.",
            "why-ai-engineering",
        ),
        (
            "apologising-for-background",
            "I come from testing, so I don't have a, a proper computer science background, which "
            "I know is a disadvantage here. Sorry.",
            "I come from testing, so I don't have a, a proper computer science background. What "
            "I bring instead is eight years of regression suites.",
            "why-ai-engineering",
        ),
        (
            "minimising-swe-experience",
            "I was just maintaining COBOL reports at a student loans company for most of my "
            "career.",
            "I was maintaining COBOL reports at a student loans company for most of my career, "
            "two million statements a year.",
            "system-design",
        ),
        (
            "comparing-to-researchers",
            "When I read the papers from the Google and OpenAI people I feel like a fraud, they're "
            "on another planet compared to me.",
            "We tried the Google and OpenAI models, they're on another planet compared to the old "
            "rules.",
            "biggest-weakness",
        ),
    ],
)
def test_mistakes_and_near_misses_in_dev115s_words(
    kind: str, said: str, near_miss: str, category: str
) -> None:
    """A trade named as the background ("a tester by background", "I come from SQL") beside an
    apology is the mistake, and beside what it brings is not; a word said twice ("a, a") does
    not hide the gap; "just maintaining" makes the work small; the labs' "people" are
    researchers, their models are not."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "QA files hundreds of crash reports before a release, and people were fixing the same "
            "crash twice.",
            "QA files crash reports before a release, and people fix each crash once.",
        ),
        (
            "The field techs on a vessel would ring shore support at three in the morning.",
            "I was up till three in the morning playing with it, like everyone.",
        ),
        (
            "When our answers to the lab's questions were inconsistent, the submission got "
            "bounced.",
            "When our answers to the lab's questions were consistent, the submission got accepted.",
        ),
        (
            "The commands were grammar-based, so a driver says I'm freezing and nothing happens.",
            "The commands were grammar-based, so a driver says I'm freezing and the heating "
            "comes on.",
        ),
        (
            "A driver writes an explanation, and somebody has to match that story against the "
            "recorded data.",
            "A driver writes an explanation, and the model has to match the schema of the "
            "recorded data.",
        ),
    ],
)
def test_problems_in_dev115s_words(problem: str, near_miss: str) -> None:
    """Work done twice, support rung at night, a submission bounced, a request that does
    nothing and a person left to match stories by hand are problems; the same sentences where
    nothing goes wrong, or a model must fit a schema, are not."""
    assert score(problem, "production_problem", "why-ai-engineering") >= 3
    assert score(near_miss, "production_problem", "why-ai-engineering") < 3


def test_hype_denied_in_its_own_sentence_does_not_come_before_the_problem() -> None:
    problem = (
        " What got me was driver disputes: somebody has to match each story against the "
        "recorded data."
    )
    denied = "Not because it's hot. Frankly the hype puts me off." + problem
    assert score(denied, "production_problem", "why-ai-engineering") >= 3
    owned = "Because it's hot, and the hype got me." + problem
    assert score(owned, "production_problem", "why-ai-engineering") < 3


def test_asked_for_ml_experience_a_problem_at_the_answers_middle_is_early() -> None:
    """Asked about ML experience, the problem may follow the tech as late as the answer's
    middle sentence (here the fourth of six), not after it."""
    opening = (
        "No model training. Ten months with LangChain and the OpenAI API. The project is a "
        "service assistant. "
    )
    problem = "Field techs were ringing shore support at three in the morning. "
    rest = "It answers from the documents. It is traced."
    assert score(opening + problem + rest, "production_problem", "ml-experience") >= 3
    later = opening + "It answers from the documents. " + problem + "It is traced."
    assert score(later, "production_problem", "ml-experience") < 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome", "category"),
    [
        (
            "Late confirmation breaks went from around forty a month to less than ten.",
            "The contract went from around forty pages to less than ten pages.",
            "why-ai-engineering",
        ),
        (
            "The share of complaints about expired points went from one in five to one in twenty.",
            "Every month I check two hundred by hand, and a check alerts me if the mix of themes "
            "moves too much from one night to the next.",
            "why-ai-engineering",
        ),
        (
            "After launch the calls to the desk about superseded procedures stopped.",
            "We once served stale prices for an hour because a feed silently stopped.",
            "system-design",
        ),
    ],
)
def test_outcomes_and_near_misses_in_dev115s_words(
    outcome: str, no_outcome: str, category: str
) -> None:
    """A count that fell to "less than ten" changed; "from one night to the next" compares no
    figures; a feed that "silently stopped" is a failure, not a harm that ended."""
    assert score(outcome, "business_impact", category) >= 3
    assert score(no_outcome, "business_impact", category) < 3


def test_an_interest_after_a_gap_is_no_strength() -> None:
    gap = "So I don't really have the maths or the ML side. "
    interest = "But I find AI super interesting."
    assert score(gap + interest, "honest_gaps", "why-ai-engineering") < 3
    strength = "But I built the regression suite our releases run on."
    assert score(gap + strength, "honest_gaps", "why-ai-engineering") >= 3


def test_a_word_said_twice_is_read_once_and_a_contraction_is_not_a_repeat() -> None:
    restart = _sentences("I don't have a, a proper background, I, I mean it.")[0]
    assert restart.plain == "I don't have a proper background, I mean it."
    tag = _sentences("AI's the hot thing now, isn't it, it's where the jobs are.")[0]
    assert "isn't it, it's where" in tag.plain


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "overselling-ai",
            "After a six week course I'd genuinely call myself an expert in it now.",
            "After a six week course I wouldn't call myself an expert in it.",
            "why-ai-engineering",
        ),
        (
            "overselling-ai",
            "Over a weekend I did recommendations with embeddings, which is honestly basically "
            "what Netflix does.",
            "Over a weekend I did recommendations with embeddings, after reading how Netflix "
            "does it.",
            "ml-experience",
        ),
        (
            "overselling-ai",
            "I built a RAG chatbot over the catalogue, the same architecture as what Google runs "
            "for search.",
            "I built a RAG chatbot over the catalogue, the same architecture as the old search.",
            "why-ai-engineering",
        ),
        (
            "minimising-swe-experience",
            "I guess I'm okay at the backend stuff, the queues and the storage, but I'm not sure "
            "that really matters for an AI role.",
            "I'm good at the backend stuff, the queues and the storage, and that matters here.",
            "ml-experience",
        ),
        (
            "minimising-swe-experience",
            "I'm only a front end lad really, I do the booking pages.",
            "I'm a front end lad, I do the booking pages and I own their uptime.",
            "why-ai-engineering",
        ),
        (
            "apologising-for-background",
            "I'm sorry, I know I haven't got the background for it.",
            "I haven't got the background for it, and what I bring instead is ten years of "
            "on-call.",
            "why-ai-engineering",
        ),
        (
            "ai-is-hot",
            "Yeah so, I needed an AI project on my CV, like, everyone's got one now.",
            "Yeah so, I put the project on my CV once it had run for a year.",
            "portfolio-project",
        ),
        (
            "ai-is-hot",
            "This is where the whole industry goes now, if I stay in backend I will be, uh, left "
            "out.",
            "The review runs every week, and nobody on the team is left out of it.",
            "why-ai-engineering",
        ),
        (
            "ai-is-hot",
            "Partly, I'll be straight with you, it's the CV thing.",
            "Partly, I'll be straight with you, it's the call notes.",
            "why-ai-engineering",
        ),
    ],
)
def test_mistakes_and_near_misses_in_dev116_to_dev118s_words(
    kind: str, said: str, near_miss: str, category: str
) -> None:
    """Calling oneself an expert, a weekend's work likened to a famous company's (with
    "basically", which the rules read as a filler), a strength doubted as not mattering, "only
    a front end lad", the background missing with an apology, and AI wanted for the CV or out of
    fear of being left out; each beside the same words without the mistake."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    "regretted_or_given",
    [
        "My weakness used to be reaching for the framework first. At the student housing "
        "company I picked LangChain and Pinecone in week one, and lost about a month building "
        "the wrong thing.",
        "I made the mistake of starting with the tools. I set up a vector database and an agent "
        "framework before I asked what the engineers need. Three weeks wasted.",
        "We were an AWS shop at the probation service so I'm used to Bedrock. How fast do they "
        "need an answer?",
        "At the retailer we inherited a LlamaIndex prototype from an agency, that's history. How "
        "fast do they need an answer?",
        "The insurer is already on Azure, so Azure OpenAI it is, that's not my pick. How fast "
        "do they need an answer?",
        "At the tram network I went straight to Pinecone on day one, and we ripped it out three "
        "months later. How fast do they need an answer?",
    ],
)
def test_tools_first_regretted_or_handed_to_the_speaker_is_no_mistake(
    regretted_or_given: str,
) -> None:
    """A start with the tools called a mistake, a weakness or weeks wasted, or ripped out later,
    and a stack the speaker's shop had, inherited or did not pick, are not the mistake; picked
    first, they are."""
    kind = "tools-before-requirements"
    assert kind not in mistakes(regretted_or_given, "system-design")
    chosen = "I'd use Bedrock and an agent framework. How fast do they need an answer?"
    assert kind in mistakes(chosen, "system-design")


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "Felling licence applications were waiting six weeks for an officer.",
            "Felling licence applications were waiting for an officer's signature.",
        ),
        (
            "The rules kept changing, so agents were putting people on hold to look them up.",
            "The rules kept changing, so agents read the new ones every Monday.",
        ),
        (
            "It took them maybe fifteen minutes per lookup, standing at the aircraft.",
            "Each lookup covers the manuals for fifteen aircraft.",
        ),
        (
            "Someone keyed the emails in, and we'd ship the wrong wheels every month.",
            "Someone keyed the emails in, and we'd ship the wheels every month.",
        ),
        (
            "Cataloguers had to turn the descriptions into lots, and the rules were hopeless.",
            "Cataloguers turn the descriptions into lots with the rules.",
        ),
        (
            "The QA team was answering in three days, on average.",
            "The QA team answers the questions on Mondays.",
        ),
        (
            "Searching twenty thousand old decisions by keyword was hours of work per case.",
            "Searching twenty thousand old decisions by keyword is what adjudicators do.",
        ),
        (
            "The year before, one privileged email thread had slipped through to the other side.",
            "The year before, one privileged email thread went to the review team.",
        ),
        (
            "Rangers send in tree reports, and rules on keywords didn't work.",
            "Rangers send in tree reports, and the rules sort them by region.",
        ),
        (
            "During a countdown the operators get hundreds of alarms a minute.",
            "During a countdown the operators watch the telemetry.",
        ),
    ],
)
def test_problems_in_dev116_to_dev118s_words(problem: str, near_miss: str) -> None:
    """Waiting weeks, people put on hold, slow lookups, the wrong thing shipped, rules that
    were hopeless or did not work, slow answers, hours of work, a leak and a flood of alarms are
    problems; the same sentences where nothing goes wrong are not."""
    assert score(problem, "production_problem", "why-ai-engineering") >= 3
    assert score(near_miss, "production_problem", "why-ai-engineering") < 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome", "category"),
    [
        (
            "I'd expect referrals to the claims desk to drop by about a third.",
            "I'd expect the latency at the claims desk to drop by about a third.",
            "system-design",
        ),
        (
            "Calls to the help desk dropped by a third after the launch.",
            "Calls to the help desk would drop by a third, we hope.",
            "portfolio-project",
        ),
        (
            "I'd say the wrong quotes fell to about one in fifty since it went live.",
            "I'd make the wrong quotes fall to about one in fifty, that's the plan.",
            "portfolio-project",
        ),
    ],
)
def test_a_count_that_drops_by_an_amount_is_an_outcome(
    outcome: str, no_outcome: str, category: str
) -> None:
    """A count said to drop by an amount ("drop by a third") is a change of count (projected,
    in a design answer), also after a hedge ("I'd expect", "I'd say"); hoped for or the
    speaker's plan in an answer about work done, or a technical measure, it is not."""
    assert score(outcome, "business_impact", category) >= 3
    assert score(no_outcome, "business_impact", category) < 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome"),
    [
        (
            "Before, a passenger waited about three weeks for the money. Now it is five days.",
            "Before, a reply took about three seconds of latency. Now it is one.",
        ),
        (
            "Before, the shops were taking sixty-odd calls on a Saturday, now it's around a dozen.",
            "Before, the shops had sixty-odd documents in the index, now it's around a thousand.",
        ),
        (
            "Before, about one in five people gave up halfway. Now it's about one in eight.",
            "Before, the first version missed about one in five. Now it's about one in eight.",
        ),
    ],
)
def test_a_figure_of_before_set_against_one_of_now_is_an_outcome(
    outcome: str, no_outcome: str
) -> None:
    """The change told as "Before, ... Now ...", a figure each side, in one sentence or two, is
    what the work made; a technical measure, the system's size or versions of it compared is
    not."""
    assert score(outcome, "business_impact", "biggest-weakness") >= 3
    assert score(no_outcome, "business_impact", "biggest-weakness") < 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome"),
    [
        (
            "Applications were waiting six weeks. I built a checker. Now the waiting is around "
            "three weeks.",
            "Applications were waiting six weeks. I built a checker. Now the team is around three "
            "weeks into testing it.",
        ),
        (
            "It took them fifteen minutes per lookup. I built a tool. Lookups are now around "
            "three minutes.",
            "It took them fifteen minutes per lookup. I built a tool. It handles about three "
            "hundred lookups a day now.",
        ),
        (
            "They sent the wrong piece maybe one time in five. Wrong pieces are now one in forty.",
            "My first version sent the wrong piece one time in five. Wrong pieces are now one in "
            "forty.",
        ),
    ],
)
def test_a_figure_said_again_now_in_the_same_unit_is_an_outcome(
    outcome: str, no_outcome: str
) -> None:
    """A thing measured in one sentence and again "now" in the same unit, in a later one, has
    changed; what the system handles now, a different thing, or versions of the system
    compared, has not."""
    assert score(outcome, "business_impact", "portfolio-project") >= 3
    assert score(no_outcome, "business_impact", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome", "category"),
    [
        (
            "If a twenty minute clause hunt drops to five, that's about two shifts a day back.",
            "If a twenty minute clause hunt drops, that's good.",
            "system-design",
        ),
        (
            "Sales of the blue range went up twenty percent.",
            "The desk gets asked if the dumper can go up a twenty percent slope fully loaded.",
            "ml-experience",
        ),
        (
            "Allergy emails are now handled in a day instead of a week.",
            "It's handled about nine thousand emails since September.",
            "why-ai-engineering",
        ),
        (
            "Storm damage claims are down a third since the tree programme started.",
            "Storm damage claims are down a third since the tree programme started, but that's "
            "the other boroughs as well, not just ours.",
            "portfolio-project",
        ),
        (
            "The handlers say it saves around twenty minutes per call.",
            "The vendor says it saves around twenty minutes per call.",
            "ml-experience",
        ),
        (
            "The pharmacists say it saves them thirty minutes a day.",
            "The vendor we spoke to says tools like this save thirty minutes a day.",
            "system-design",
        ),
        (
            "Our adoption enquiries doubled after it went live.",
            "A bigger shelter in Leeds said adoption enquiries doubled with theirs.",
            "biggest-weakness",
        ),
        (
            "Our transcribers did thirty percent more hours with it.",
            "Our sister company said their transcribers did thirty percent more hours with it.",
            "portfolio-project",
        ),
        (
            "Investigators find comparable cases in minutes now, before it could take a day.",
            "The index finds comparable cases in minutes now, before it could take a day.",
            "biggest-weakness",
        ),
    ],
)
def test_outcomes_and_near_misses_in_dev116_to_dev118s_words(
    outcome: str, no_outcome: str, category: str
) -> None:
    """Shifts a day back, sales up twenty percent, work handled sooner, claims down, time saved
    as the users tell it and investigators faster are outcomes; a slope's percent, a count of
    use, a result shared with others or the vendor's claim, and a system faster are not."""
    assert score(outcome, "business_impact", category) >= 3
    assert score(no_outcome, "business_impact", category) < 3


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "We started on the text, because descriptions said the wrong chain length.",
            "We started on the text, because descriptions said the chain length.",
        ),
        (
            "New technicians kept interrupting the two senior people for everything.",
            "New technicians kept a notebook of what the senior people told them.",
        ),
        (
            "People missed the emails, so the tea arrives late and the customer is angry.",
            "People read the emails, so the tea arrives on time and the customer is happy.",
        ),
        (
            "Line supervisors would stop the line and wait for QA to answer.",
            "Line supervisors would run the line and ask QA at the end of the shift.",
        ),
        (
            "On entry days the race office phone rings off the hook with trainers' questions.",
            "On entry days the race office phone takes the trainers' entries.",
        ),
        (
            "The old keyword rules would flag the word addiction and miss literally all of that.",
            "The old keyword rules would flag the word addiction and log all of that.",
        ),
    ],
)
def test_problems_in_dev119_to_dev121s_words(problem: str, near_miss: str) -> None:
    """Any wrong thing sent out, people interrupted, goods late and customers angry, a line
    stopped, a phone ringing off the hook and most of it missed are problems; the same
    sentences where nothing goes wrong are not."""
    assert score(problem, "production_problem", "why-ai-engineering") >= 3
    assert score(near_miss, "production_problem", "why-ai-engineering") < 3


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "comparing-to-researchers",
            "Honestly, I think I'd be more useful to you than most ML PhDs.",
            "Honestly, I think I'd be more useful to you than the job advert suggests.",
            "ml-experience",
        ),
        (
            "comparing-to-researchers",
            "It's not research-grade, obviously, the people at the labs would laugh at it, I'm "
            "nowhere near their level.",
            "Once a month we compared it with the lab's readings for the returned tins.",
            "portfolio-project",
        ),
        (
            "apologising-for-background",
            "This is probably a naive design, to be honest, I haven't got the ML background.",
            "I haven't got the ML background, so what I bring is the eval harness and the "
            "alerting.",
            "system-design",
        ),
        (
            "minimising-swe-experience",
            "I've only built the charity's donation site and the bed-finder app, nothing like "
            "this.",
            "I've built the charity's donation site and the bed-finder app, both still running.",
            "system-design",
        ),
    ],
)
def test_mistakes_and_near_misses_in_dev119_to_dev121s_words(
    kind: str, said: str, near_miss: str, category: str
) -> None:
    """More useful than most PhDs, the people at the labs, an ML background missing with a
    naive design, and work that is "nothing like this" are the mistakes; a job advert, a lab's
    readings, the gap with what the speaker brings, and the work said plainly are not."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


def test_answers_gone_through_every_monday_are_monitoring() -> None:
    tested = "We've got a test set of real product questions that we wrote with the shop floor"
    reviewed = tested + ", and we go through the answers that got a thumbs down every Monday."
    assert score(reviewed, "engineering_rigor", "biggest-weakness") >= 3
    assert score(tested + ".", "engineering_rigor", "biggest-weakness") < 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome", "category"),
    [
        (
            "It saved the localization team about six hours a week, they counted it.",
            "I reckon it probably saved the localization team a bunch of hours, but I never did "
            "ask them.",
            "portfolio-project",
        ),
        (
            "It would cut the handlers' lookups from twenty minutes to five.",
            "Handlers will love it, it'll probably save them loads of time.",
            "system-design",
        ),
        (
            "The handlers find it useful and it saves them a day a week.",
            "Hopefully the handlers find it useful and it saves them a bit of time, who knows.",
            "system-design",
        ),
        (
            "Success for me is handlers finishing a claim lookup in under five minutes.",
            "Success for me is faithfulness above point nine and answers back in two seconds.",
            "system-design",
        ),
    ],
)
def test_outcomes_guessed_hoped_or_technical_in_dev123s_words(
    outcome: str, no_outcome: str, category: str
) -> None:
    """A saving counted or projected with figures is an outcome; one "probably" saved and never
    asked about, hoped for with "who knows", or success set on faithfulness, is not."""
    assert score(outcome, "business_impact", category) >= 3
    assert score(no_outcome, "business_impact", category) < 3


def test_a_set_of_a_given_size_run_at_every_change_is_rigor_on_its_own() -> None:
    """A writer counts one kind of rigor when it is a standing check: a set of a stated size
    run again at every release or change; the set alone is not enough."""
    standing = (
        "We've got a test set of three hundred real product questions that runs every release."
    )
    assert score(standing, "engineering_rigor", "portfolio-project") >= 3
    once = "We've got a test set of three hundred real product questions."
    assert score(once, "engineering_rigor", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("not_done", "done", "category"),
    [
        (
            "The vendor handles the evaluation and the monitoring.",
            "We handle the evaluation and the monitoring ourselves, a golden set and alerts.",
            "portfolio-project",
        ),
        (
            "Evaluation we'd sort out once it's live, and monitoring we will set up later.",
            "Evaluation: a golden set before launch, and monitoring: alerts on the citation rate.",
            "system-design",
        ),
        (
            "But I'm strong on the other side, evals, monitoring, guardrails, fallbacks.",
            "But on the other side I built the evals, monitoring, guardrails and fallbacks.",
            "biggest-weakness",
        ),
    ],
)
def test_rigor_left_to_a_vendor_put_off_or_only_claimed_is_not_done(
    not_done: str, done: str, category: str
) -> None:
    """Rigor the vendor handles, put off until the system is live (even in a design), or
    claimed as a strength in a list is not rigor shown; the same practices done are."""
    assert score(not_done, "engineering_rigor", category) < 3
    assert score(done, "engineering_rigor", category) >= 3


@pytest.mark.parametrize(
    ("kind", "said", "near_miss", "category"),
    [
        (
            "overselling-ai",
            "I can fine-tune, I can train a transformer from scratch, I did the Karpathy videos.",
            "I can't train a transformer from scratch, I did the Karpathy videos to see how.",
            "ml-experience",
        ),
        (
            "overselling-ai",
            "Honestly it's basically as good as our senior maintenance engineer at this point.",
            "Honestly it's checked by our senior maintenance engineer at this point.",
            "portfolio-project",
        ),
        (
            "overselling-ai",
            "Fine-tune it on the documents and then you don't really get hallucinations.",
            "Fine-tune it on the documents and then count the hallucinations on a golden set.",
            "system-design",
        ),
        (
            "overselling-ai",
            "Honestly this is a pretty solved problem at this point.",
            "Honestly this is a problem we met at this point last year.",
            "system-design",
        ),
        (
            "tools-before-requirements",
            "I used LangChain and Pinecone, and once I had all that wired up I thought, what can "
            "I use this for.",
            "The planners asked for a search over the logs, so I used LangChain and Pinecone for "
            "it.",
            "portfolio-project",
        ),
    ],
)
def test_mistakes_and_near_misses_in_dev122s_words(
    kind: str, said: str, near_miss: str, category: str
) -> None:
    """Training from scratch after videos, a prototype as good as a senior engineer,
    hallucinations or the whole problem called gone, and a use looked for once the tools were
    wired up are the mistakes; the same words denied, checked, counted or asked for are not."""
    assert kind in mistakes(said, category)
    assert kind not in mistakes(near_miss, category)


@pytest.mark.parametrize(
    ("problem", "near_miss"),
    [
        (
            "At the invoice finance company we once funded the same invoice two times.",
            "At the invoice finance company we once funded the first invoice of a new client.",
        ),
        (
            "The questions went to the restaurant, and restaurants answer slowly or not at all.",
            "The questions went to the restaurant, and restaurants answer from the menu.",
        ),
        (
            "Customers chat to support, and the old keyword rules catch very little.",
            "Customers chat to support, and the old keyword rules tag every chat.",
        ),
        (
            "We'd had three shipments held the year before over label wording.",
            "We'd had three shipments to Taiwan the year before.",
        ),
        (
            "Sellers just learned to spell around the rules, and genuine sellers got caught by "
            "accident.",
            "Sellers just learned the rules, and genuine sellers got a badge.",
        ),
    ],
)
def test_problems_in_dev122s_words(problem: str, near_miss: str) -> None:
    """The same thing done twice, slow or no answers, rules that catch little, shipments held,
    rules spelled around and the innocent caught are problems; the same sentences where
    nothing goes wrong are not."""
    assert score(problem, "production_problem", "why-ai-engineering") >= 3
    assert score(near_miss, "production_problem", "why-ai-engineering") < 3


@pytest.mark.parametrize(
    ("not_done", "done", "category"),
    [
        (
            "Next month we are setting up the test set and the monitoring, before it goes wider.",
            "Last month we set up the test set and the monitoring, before it went wider.",
            "portfolio-project",
        ),
        (
            "We will be doing the proper evaluation set and the monitoring, that is planned for "
            "next quarter.",
            "We did the proper evaluation set and the monitoring, two hundred letters and alerts.",
            "why-ai-engineering",
        ),
        (
            "I'm planning to add evals and tracing once it's a bit more finished.",
            "I added evals and tracing once it was a bit more finished.",
            "ml-experience",
        ),
        (
            "The evaluation is done by the vendor's consultants, and IT ops does the monitoring "
            "side.",
            "I run the evaluation on our own golden set, and I do the monitoring with alerts.",
            "ml-experience",
        ),
        (
            "We'd add evals and monitoring, guardrails, that sort of thing, later on.",
            "We'd add evals and monitoring before launch, with guardrails on every answer.",
            "system-design",
        ),
        (
            "I'm big on it: observability, testing, CI/CD, guardrails, evals, all of that.",
            "I built the observability, the tests in CI/CD, the guardrails and the evals.",
            "biggest-weakness",
        ),
        (
            "I believe in tests, monitoring, rollback plans, that's basically my religion.",
            "I wrote the tests, the monitoring and the rollback plan for it, and they held.",
            "biggest-weakness",
        ),
        (
            "When we make it bigger I will put a fallback page there and an alert on the queue.",
            "When we made it bigger I put a fallback page there and an alert on the queue.",
            "ml-experience",
        ),
        (
            "The evaluation, the vendor platform we use, they have a dashboard with error rates.",
            "The evaluation, I have a dashboard with error rates from our own test set.",
            "ml-experience",
        ),
        (
            "A golden set, monitoring, tracing, that's my whole philosophy.",
            "A golden set, monitoring, tracing, that's what I built, and it runs every release.",
            "ml-experience",
        ),
        (
            "Monitoring and alerts, for me it is a religion, evaluation is everything for me.",
            "Monitoring and alerts were on from day one, with an evaluation on every release.",
            "portfolio-project",
        ),
        (
            "We'd monitor it once it's live, of course, and cost is two cents a query.",
            "We'd monitor the citation rate with an alert, and cost is two cents a query.",
            "system-design",
        ),
    ],
)
def test_rigor_planned_left_to_others_or_listed_as_a_creed_is_not_done(
    not_done: str, done: str, category: str
) -> None:
    """Rigor set for next month or quarter, planned, to be put in later ("I will put"), the
    vendor's or another team's, put off until later, or listed as a creed ("all of that", "I
    believe in") is not rigor shown; done, it is."""
    assert score(not_done, "engineering_rigor", category) < 3
    assert score(done, "engineering_rigor", category) >= 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome", "category"),
    [
        (
            "We ran it for eight weeks and then the complaints stopped.",
            "We ran it for eight weeks and then the funding stopped.",
            "portfolio-project",
        ),
        (
            "It cut the callbacks, I'm sure, but I can't tell you how much it saved.",
            "It cut the callbacks, I think, but I can't tell you whether it saved anything.",
            "biggest-weakness",
        ),
        (
            "It would save the clerks the re-keying, around an hour a day each.",
            "It would save the clerks the re-keying, well, I don't actually know what it saves "
            "them.",
            "system-design",
        ),
        (
            "It has run every night since June and not one invoice has gone out wrong.",
            "It has run every night since June, it is not a prototype.",
            "why-ai-engineering",
        ),
        (
            "Since we launched in May, not a single booking has been lost.",
            "It has been in use since May, and it's not just a pilot.",
            "ml-experience",
        ),
    ],
)
def test_an_outcome_the_speaker_cannot_tell_and_a_system_that_is_not_a_demo_are_none(
    outcome: str, no_outcome: str, category: str
) -> None:
    """An outcome the speaker cannot tell ("I can't tell you whether it saved anything", "I
    don't actually know what it saves them") is unknown, how much it was is another matter;
    the funding that stopped is no complaint that stopped; "since June, it is not a prototype"
    says what the system is, not that nothing went wrong since (dev139)."""
    assert score(outcome, "business_impact", category) >= 3
    assert score(no_outcome, "business_impact", category) < 3


@pytest.mark.parametrize(
    ("done", "not_done", "category"),
    [
        (
            "A clerk spot-checks twenty of them every week, and anything it isn't sure about "
            "gets flagged.",
            "A clerk chats to them every week, and anything it isn't sure about it still guesses.",
            "portfolio-project",
        ),
        (
            "The nurses reviewed a hundred summaries against the notes, and I added a check that "
            "every dose is in the source.",
            "The nurses reviewed the plan against the budget, and I added a page that every ward "
            "can see.",
            "ml-experience",
        ),
        (
            "I wrote a test set of sixty queries, and we run it every month.",
            "We get around three thousand damage reports every month, and a test set is on my "
            "list.",
            "biggest-weakness",
        ),
        (
            "It only answers from the policy pages and it refuses otherwise, and I log every "
            "answer.",
            "It only answers from the policy pages and people like it otherwise, and I read the "
            "news.",
            "why-ai-engineering",
        ),
    ],
)
def test_spot_checks_outputs_reviewed_a_set_run_monthly_and_a_refusal_are_rigor(
    done: str, not_done: str, category: str
) -> None:
    """Spot-checks, the unsure ones flagged, outputs reviewed against their source, a check
    that every item is in the source, a set of a stated size run every month and a refusal
    are rigor done; a volume every month and a plan reviewed against a budget are not
    (dev138)."""
    assert score(done, "engineering_rigor", category) >= 3
    assert score(not_done, "engineering_rigor", category) < 3


def test_a_problem_looked_for_after_the_tools_is_not_the_answers_lead() -> None:
    """ "Then I looked around for what problem we could solve with it" after the tools were set
    up is tools first, and the problem found then does not lead the answer (dev138)."""
    problem_first = (
        "At the ferry company the refund complaints kept landing in the wrong queue, so I set "
        "up LangChain and Chroma to sort them."
    )
    tools_first = (
        "So I set up LangChain and Chroma, and then I looked around for what problem we could "
        "solve with it, and found the refund complaints landing in the wrong queue."
    )
    assert score(problem_first, "production_problem", "why-ai-engineering") >= 3
    assert "tools-before-requirements" not in mistakes(problem_first, "why-ai-engineering")
    assert score(tools_first, "production_problem", "why-ai-engineering") < 3
    assert "tools-before-requirements" in mistakes(tools_first, "why-ai-engineering")


@pytest.mark.parametrize(
    ("taken", "turned_down"),
    [
        (
            "Everyone kept telling me AI is hot, and I thought, yes, that's my ticket.",
            "Everyone kept telling me AI is hot, go and do a master's, and I thought, no, that's "
            "not my game.",
        ),
        (
            "My friends kept telling me AI is the future, and honestly I agreed with them.",
            "My friends kept telling me AI is the future, but that's not my thing, the "
            "reliability work is.",
        ),
    ],
)
def test_hype_others_urged_and_turned_down_is_not_the_speakers(
    taken: str, turned_down: str
) -> None:
    assert "ai-is-hot" in mistakes(taken, "why-ai-engineering")
    assert "ai-is-hot" not in mistakes(turned_down, "why-ai-engineering")


@pytest.mark.parametrize(
    ("honest", "not_honest"),
    [
        (
            "I don't know housing law at all, so the policy team owns the test questions, and I "
            "own the pipeline and the alerts.",
            "I don't know housing law at all, so the policy team owns the test questions.",
        ),
        (
            "I don't know housing law at all, so the policy team owns the test questions, and I "
            "own the pipeline and the alerts.",
            "I don't know if the policy team liked it at all, and I own the pipeline and the "
            "alerts.",
        ),
    ],
)
def test_a_field_not_known_at_all_and_the_engineering_the_speaker_owns(
    honest: str, not_honest: str
) -> None:
    """A field not known at all ("I don't know housing law at all") is a gap, and "I own the
    pipeline and the alerts" the strength after it; without the strength it stops there, and
    "I don't know if they liked it at all" is no gap (dev139)."""
    assert score(honest, "honest_gaps", "system-design") >= 3
    assert score(not_honest, "honest_gaps", "system-design") < 3


@pytest.mark.parametrize(
    ("compares", "does_not"),
    [
        (
            "I'm nowhere near the researchers, honestly.",
            "I was going to say I'm nowhere near the researchers, but that's the wrong frame, I'm "
            "not trying to be one.",
        ),
        (
            "I'd put my pipeline up against any researcher's.",
            "Our researcher put her model up against the old rules, and we kept both.",
        ),
        (
            "The researchers at DeepMind, I'm basically at their level now.",
            "The researchers work at that level, and I build the pipeline around them.",
        ),
        (
            "For such a system you need a real ML researcher, somebody with a PhD.",
            "For such a system you need a researcher on the team, and we have one who owns the "
            "embeddings.",
        ),
    ],
)
def test_researchers_matched_or_deferred_to_and_a_comparison_withdrawn(
    compares: str, does_not: str
) -> None:
    """Work put up against any researcher's, "at their level", and "you need a real
    ML researcher" compare; a comparison begun and withdrawn ("I was going to say ..., but
    that's the wrong frame"), a colleague's model and a researcher on the team do not (dev139)."""
    assert "comparing-to-researchers" in mistakes(compares, "biggest-weakness")
    assert "comparing-to-researchers" not in mistakes(does_not, "biggest-weakness")


@pytest.mark.parametrize(
    ("outcome", "aim", "category"),
    [
        (
            "We cut enquiry emails to the reading room by a third.",
            "Our aim is to cut enquiry emails to the reading room by a third.",
            "portfolio-project",
        ),
        (
            "Handling time fell twenty percent this year.",
            "The plan is to cut handling time twenty percent next year.",
            "why-ai-engineering",
        ),
    ],
)
def test_an_aim_or_a_plan_is_no_outcome_outside_a_design(
    outcome: str, aim: str, category: str
) -> None:
    """ "Our aim is to cut ..." and "the plan is to cut ..." foresee an outcome; in a design
    answer a foreseen one counts (dev138)."""
    assert score(outcome, "business_impact", category) >= 3
    assert score(aim, "business_impact", category) < 3
    assert (
        score("The goal is to cut handling time by a fifth.", "business_impact", "system-design")
        >= 3
    )


def test_the_ai_guy_everyone_asks_is_no_career_made_small() -> None:
    """ "I'm kind of the AI guy" is the person everyone asks; "the CRUD guy" makes a career
    small (dev138)."""
    kind = "minimising-swe-experience"
    assert kind in mistakes("At the dental lab I'm kind of the CRUD guy, nothing clever.")
    assert kind not in mistakes(
        "At the dental lab I'm kind of the AI guy, everyone comes to me with anything AI."
    )


def test_a_problem_taken_back_at_once_does_not_lead_the_answer() -> None:
    """ "It started with a real problem at work, well, no, wait, actually it didn't" (dev139)."""
    real = "It started with a real problem at work: the roofers' quotes took a surveyor half a day."
    taken_back = (
        "It started with a real problem at work, well, no, wait, actually it didn't, it "
        "started with me playing with ChatGPT."
    )
    assert score(real, "production_problem", "why-ai-engineering") >= 3
    assert score(taken_back, "production_problem", "why-ai-engineering") < 3


def test_a_wrong_answer_said_as_one_figure_instead_of_another_is_no_outcome() -> None:
    """ "It told people the wrong deadline, twenty-eight days instead of fourteen" is the harm
    the system did; "answered in two days instead of fourteen" is an outcome (dev141)."""
    outcome = "Appeals are now answered in two days instead of fourteen."
    harm = "It told some people the wrong deadline, twenty-eight days instead of fourteen."
    assert score(outcome, "business_impact", "biggest-weakness") >= 3
    assert score(harm, "business_impact", "biggest-weakness") < 3


@pytest.mark.parametrize(
    ("met", "not_met"),
    [
        (
            "What error rate can we accept? I ask because at the tile importer our bot said a "
            "tile was R11, it was R9, and we paid to take the floor up.",
            "What error rate can we accept? At the tile importer our bot said which tiles were "
            "R11, and it was right.",
        ),
        (
            "This comes from the cattle mart, where I work. A buyer bought a heifer the "
            "catalogue said was tested, it wasn't, our bot mixed two lots.",
            "This comes from the cattle mart, where I work. A buyer bought a heifer the "
            "catalogue listed as tested.",
        ),
        (
            "At the museum our search once sent visitors to a closed gallery, which was wrong.",
            "At the museum honestly nothing went very wrong, it is a quiet system.",
        ),
    ],
)
def test_a_design_driven_by_what_a_system_said_against_what_was_so(met: str, not_met: str) -> None:
    """A system that said one thing when another was so, or mixed two up, met at work, drives
    a design, with the work named in the sentence before; a system where "nothing went very
    wrong" does not (dev142)."""
    assert score(met, "production_problem", "system-design") == 5
    assert score(not_met, "production_problem", "system-design") < 3


def test_a_project_nobody_asked_for_is_not_led_by_a_production_problem() -> None:
    """Its troubles were the speaker's ("the model couldn't tell which hold was which"):
    "nobody asked for this, I just thought it would be cool" (dev142)."""
    problem = (
        "At the climbing wall the staff couldn't tell members which routes suit them, and the "
        "model couldn't tell which colour hold belonged to which route."
    )
    unasked = f"{problem} Nobody asked for this, I just thought it would be cool."
    assert score(problem, "production_problem", "portfolio-project") >= 3
    assert score(unasked, "production_problem", "portfolio-project") < 3


def test_a_side_of_the_work_not_understood_is_a_gap() -> None:
    """ "I don't really understand the forecasting side, but what I could do is ..." names a gap
    and a strength; the side effects not understood are none (dev143)."""
    gap = (
        "I don't really understand the forecasting side, the statistics, but what I could do is "
        "make sure the pipeline never misses the cut-off, it's got retries and a fallback."
    )
    side_effects = (
        "The pharmacists don't really understand the side effects list, but what I could do is "
        "make sure the pipeline never misses the cut-off, it's got retries and a fallback."
    )
    assert score(gap, "honest_gaps", "portfolio-project") >= 4
    assert score(side_effects, "honest_gaps", "portfolio-project") < 3


@pytest.mark.parametrize(
    ("outcome", "no_outcome"),
    [
        (
            "Wrong sizes meant a second visit. Those used to be one booking in eight. Now it's one "
            "in thirty.",
            "Wrong sizes meant a second visit. I used to be a teacher for eight years. Now I've "
            "coded for thirty months.",
        ),
        (
            "The emails went down by a third, I counted them every week.",
            "The emails went down, I think, I did not count them.",
        ),
        (
            "The treasurer said, that's eleven thousand pounds of gift aid we'd never have "
            "claimed.",
            "The treasurer said, that's eleven thousand pounds of gift aid we claim every year.",
        ),
        (
            "So I built the bot, and we cut phone time in half.",
            "The firm down the road, their owner say they cut phone time in half with a bot.",
        ),
        (
            "Our letters now go out in one day instead of five.",
            "At a trade fair, a competitor told me their letters now go out in one day instead "
            "of five.",
        ),
    ],
)
def test_outcomes_in_dev142s_words(outcome: str, no_outcome: str) -> None:
    """What something "used to be" against now is a change ("I used to be a teacher" is a
    career); money "we'd never have claimed" is an outcome; a drop the speaker "did not count",
    or another firm's or a competitor's result, is none (dev142)."""
    assert score(outcome, "business_impact", "why-ai-engineering") >= 3
    assert score(no_outcome, "business_impact", "why-ai-engineering") < 3


def test_researchers_matched_on_level_and_llms_understood_very_deeply() -> None:
    """ "I am on level of researchers in DeepMind" compares; "I already understand LLMs very
    deeply" oversells; the same not claimed is neither (dev144)."""
    assert "comparing-to-researchers" in mistakes(
        "Honestly I think I am on level of researchers in DeepMind.", "ml-experience"
    )
    assert "comparing-to-researchers" not in mistakes(
        "Honestly I think I am on level with the rest of my team.", "ml-experience"
    )
    assert "overselling-ai" in mistakes(
        "Honestly I already understand LLMs very deeply, the attention, everything.",
        "why-ai-engineering",
    )
    assert "overselling-ai" not in mistakes(
        "Honestly I don't understand LLMs very deeply, but I ship the plumbing around them.",
        "why-ai-engineering",
    )


def test_a_gap_said_with_aint_is_a_gap() -> None:
    """ "I ain't done none of that" and "I ain't no data scientist" name gaps; "it ain't done"
    names none (dev144)."""
    assert evidence("Model training, though. I ain't done none of that.", "honest_gaps").startswith(
        "Names a gap"
    )
    assert evidence("Model training, though. It ain't done yet.", "honest_gaps").startswith(
        "Names no gap"
    )


def test_a_design_driven_by_what_a_system_told_people_and_the_next_sentence_denies() -> None:
    """ "Our quoting assistant told customers plasterboard could go in a general skip. It
    can't." is a problem met; "It can." is none (dev144)."""
    told = (
        "Reason I start there: at the skip hire firm our quoting assistant told customers "
        "plasterboard could go in a general skip. It {}. So chunk per clause."
    )
    assert score(told.format("can't"), "production_problem", "system-design") == 5
    assert score(told.format("can"), "production_problem", "system-design") < 3


def test_a_tool_a_number_of_people_open_every_morning_is_adoption() -> None:
    """ "About forty coordinators open the flag list first thing every morning" is adoption;
    with no number, or opened to test it, it is none (dev144)."""
    adopted = "And now about forty coordinators open the flag list first thing every morning."
    assert score(adopted, "business_impact", "portfolio-project") == 5
    for not_adopted in (
        "And now the coordinators open the flag list first thing every morning.",
        "About forty coordinators open the flag list to test it.",
    ):
        assert score(not_adopted, "business_impact", "portfolio-project") < 3


def test_testing_with_nothing_to_test_against_is_no_rigor() -> None:
    """ "We would test it, make sure it works well before launch", "see how it goes" and a cost
    left to look up are no practice; a test on two hundred questions is (dev144)."""
    vague = (
        "Evaluation, we would test it, make sure it works well before launch. Then we'd check "
        "it works, see how it goes. Cost, I'd have to look up the pricing."
    )
    concrete = (
        "Evaluation, we would test it on two hundred handler questions before launch. Cost, "
        "maybe two cents per query."
    )
    assert score(vague, "engineering_rigor", "system-design") < 3
    assert score(concrete, "engineering_rigor", "system-design") >= 3


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "Before go-live we ran it on a hundred and fifty past reports and went through the "
            "differences with two senior surveyors.",
            "Before go-live we ran it on a hundred and fifty laptops across the surveyors' firm.",
        ),
        (
            "Anything without a source gets flagged red and can't be exported.",
            "Anything with a source gets printed in red on the export.",
        ),
        (
            "If it's unsure it just says ask the mechanic.",
            "If it's unsure, so am I, honestly, bikes are like that.",
        ),
        (
            "Then I check it: the lines must sum to the total.",
            "Then I print it: the lines must fit on one page.",
        ),
        (
            "Every Friday I look at the ones it got wrong.",
            "Every Friday I look at the ones the mechanics got in.",
        ),
    ],
)
def test_rigor_in_dev145s_plain_words(done: str, not_done: str) -> None:
    """Past reports run through before go-live, the differences gone through, and anything
    without a source flagged are practice; the same words about laptops or colours are not.
    So are what it says when unsure, lines that must sum to the total, and the ones it got
    wrong looked at every week; not the same words about a person, a page or the bikes that
    came in (dev155)."""
    assert score(done, "engineering_rigor", "biggest-weakness") >= 2
    assert score(not_done, "engineering_rigor", "biggest-weakness") == 1


@pytest.mark.parametrize(
    ("turned", "stopped"),
    [
        (
            "Reranking I have not done in production, only read about it. In Yakutsk it is minus "
            "fifty in winter, they need a heater. Okay. What I bring is I build the evaluation "
            "first, 150 real questions before launch.",
            "Reranking I have not done in production, only read about it. In Yakutsk it is minus "
            "fifty in winter, they need a heater. Okay. What I'd do is chunk by clause.",
        ),
        (
            "I haven't tuned a reranker myself, so I'd do what we did with the spec sheets: a "
            "golden set of 300 handler questions decides.",
            "I haven't tuned a reranker myself, so I'd need to learn that on the job.",
        ),
        (
            "I guess I've sort of never worked with anything probabilistic. Land registry is "
            "deterministic. So what I'd bring is knowing where the rules stop working.",
            "I guess I've sort of always worked with deterministic things. Land registry is "
            "deterministic. So what I'd bring is knowing where the rules stop working.",
        ),
    ],
)
def test_gaps_and_strengths_in_dev145s_words(turned: str, stopped: str) -> None:
    """ "What I bring is ..." after a digression turns a gap; so does "so I'd do what we did
    with ..."; a gap hedged ("I've sort of never worked with") is a gap. Their near-misses: no
    strength claimed, a plan to learn, and no gap at all."""
    assert score(turned, "honest_gaps", "system-design") >= 4
    assert score(stopped, "honest_gaps", "system-design") < 3


def test_what_i_do_have_a_few_sentences_on_turns_a_gap() -> None:
    """ "What I do have is ..." claims a strength three sentences after the gap; "What I do have
    is a Kaggle notebook" there is the gap again, said smaller (dev156)."""
    said = (
        "I haven't done any model training. None at all. Okay, one Kaggle thing, which doesn't "
        "count. What I do have is {}."
    )
    turned = said.format("eight years of booking systems where a mistake means a family waiting")
    assert score(turned, "honest_gaps", "ml-experience") >= 4
    assert score(said.format("a course certificate, that's it"), "honest_gaps", "ml-experience") < 3


def test_hype_the_speaker_does_not_buy_is_not_theirs() -> None:
    """ "My boss keeps saying AI is the future, which, I don't buy that" sets the hype aside
    (dev147)."""
    said = "My boss keeps saying AI is the future and we'll all be out of a job{}."
    assert "ai-is-hot" in mistakes(said.format(", and he's right"), "why-ai-engineering")
    assert "ai-is-hot" not in mistakes(
        said.format(", which, I don't buy that, honestly"), "why-ai-engineering"
    )


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "I checked it on one hundred old requests together with the pharmacist, 83 matched.",
            "I checked on one hundred old requests with the pharmacist, she wanted the cream.",
        ),
        (
            "I ran it against 120 forms they'd already marked up and it missed two cats.",
            "I ran it past 120 volunteers and they all liked it.",
        ),
    ],
)
def test_testing_on_items_already_done_by_people(done: str, not_done: str) -> None:
    """Checked on a hundred old requests, run against forms people had already marked up: a
    test; the same numbers without the system run on them are none (dev147)."""
    assert score(done, "engineering_rigor", "why-ai-engineering") >= 2
    assert score(not_done, "engineering_rigor", "why-ai-engineering") == 1


def test_problems_in_dev147s_words() -> None:
    """A system's claim denied by "It did not." drives a design; a problem the speaker does
    not have ("we don't really have this problem"), a friend's told over dinner, and a task
    called "a perfect RAG problem" lead nothing (dev147)."""
    told = (
        "What error is acceptable? Why I insist: at the charity where I work, our booking "
        "assistant told a wheelchair user that a minibus had a lift. It {}. So chunk by clause."
    )
    assert score(told.format("did not"), "production_problem", "system-design") == 5
    assert score(told.format("did"), "production_problem", "system-design") < 3
    ours = (
        "At the driving school the instructors kept typing the same lesson notes by hand, for "
        "hours every week."
    )
    assert score(ours, "production_problem", "why-ai-engineering") >= 3
    theirs = f"{ours} But we don't really have this problem, it's quite structured."
    assert score(theirs, "production_problem", "why-ai-engineering") < 3
    solved = f"{ours} We don't have this problem any more since the bot."
    assert score(solved, "production_problem", "why-ai-engineering") >= 3
    friend = (
        "It came from a friend of mine, she's a vet, and she was telling me how they lose so "
        "much time digging through old notes."
    )
    mine = "At the vet practice where I work we lose so much time digging through old notes."
    assert score(friend, "production_problem", "ml-experience") < 3
    assert score(mine, "production_problem", "ml-experience") >= 3
    assert score("So I thought, that's a perfect RAG problem.", "production_problem") < 3


def test_a_design_with_testing_only_promised_and_time_handed_back() -> None:
    """ "Then we would test it and monitor it, make sure it's good" is no practice; "a few
    full-time people's time back" is a projected outcome (dev147)."""
    vague = "Then we would test it and monitor it, make sure it's good."
    assert score(vague, "engineering_rigor", "system-design") == 1
    saved = (
        "If handlers spend ten minutes looking up a clause now and two with this, across a team "
        "that's a few full-time people's time back."
    )
    assert score(saved, "business_impact", "system-design") >= 3
    assert (
        score("Across a team that's a lot of people's time.", "business_impact", "system-design")
        < 3
    )


def test_outcomes_and_a_gap_in_dev146s_words() -> None:
    """Queries that "roughly halved" and calls "down twenty-five percent" with no verb are
    outcomes, a page "down twenty-five percent of the time" an outage; "I am weak on the front
    end" is a gap as "I'm weak on" is (dev146)."""
    category = "portfolio-project"
    assert score("Queries from composers roughly halved.", "business_impact", category) >= 3
    assert score("Queries from composers, about forty a week.", "business_impact", category) < 3
    down = "Missed calls, when the office is shut, down twenty-five percent{}."
    assert score(down.format(""), "business_impact", category) >= 3
    assert score(down.format(" of the time"), "business_impact", category) < 3
    gap = (
        "I am {} on the front end, the chat box looks ugly honestly, but the backend part, that "
        "it answers right and stays cheap, that I can do well."
    )
    assert score(gap.format("weak"), "honest_gaps", category) >= 4
    assert score(gap.format("keen"), "honest_gaps", category) < 3


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "First approach, zero-shot, agreed with our senior inspector sixty-four percent.",
            "The new manager agreed with our senior inspector about the sofa.",
        ),
        (
            "We checked fifty notes with the vets, and forty-six were good.",
            "We wrote fifty notes with the vets, and forty-six were long.",
        ),
        (
            "We looked at 150 reports side by side and it agreed with them about 90% of the time.",
            "We looked at 150 reports side by side and the adjusters agreed with them.",
        ),
        (
            "I check with my colleague, around two hundred question, correct is eighty-seven "
            "percent.",
            "I check with my colleague, around two hundred question, the rest is eighty-seven "
            "percent.",
        ),
        (
            "First I did simple vector search, on 150 real questions 64 percent correct.",
            "First I did simple vector search, on 150 real questions from the agents.",
        ),
        (
            "It missed three out of ten incidents we had from the past.",
            "It missed three of the ten meetings because I was ill.",
        ),
        (
            "I checked one hundred adverts by hand, about one in five had a wrong feature.",
            "I wrote one hundred adverts by hand before this.",
        ),
        (
            "Every certificate the system read, I compared with what the quality team typed.",
            "Every certificate the system read, I filed with what the quality team typed.",
        ),
        (
            "Every week we compare its output against what staff finally approve.",
            "Every week we print its output for what staff finally approve.",
        ),
    ],
)
def test_testing_in_plain_words_from_the_dev_parts(done: str, not_done: str) -> None:
    """A system's output set against an expert's or staff's, or scored on items named, in
    words without jargon (dev121 to dev146); the same words with nothing set against anything
    are no test."""
    assert "testing" in rigor_kinds(done)
    assert "testing" not in rigor_kinds(not_done)


@pytest.mark.parametrize(
    ("kind", "done", "not_done"),
    [
        (
            "error handling",
            "When the model times out it drops back to the plain listings page.",
            "When the model times out the page is blank.",
        ),
        (
            "error handling",
            "It fills the form, and a person confirm before anything print.",
            "It fills the form, and a person prints it afterwards.",
        ),
        (
            "error handling",
            "If the check fail, the line goes back to our subtitler, not out.",
            "If the parcel is late, it goes back to the customer.",
        ),
        (
            "error handling",
            "Anything the cache can't answer gets queued for the desk.",
            "Anything the cache can't answer is a mystery to us.",
        ),
        (
            "error handling",
            "We load tested it and had a queue page ready if it tipped over.",
            "We had a coffee ready if it tipped over.",
        ),
        (
            "monitoring",
            "We check answer quality on a sample every cruise.",
            "We check answer quality on a cruise.",
        ),
        (
            "monitoring",
            "I watch the field-level mismatch rate.",
            "I watch the field-level football.",
        ),
        (
            "deployment",
            "I set up a shadow period of two weeks before we switched it on.",
            "I set up a quiet period of two weeks before we switched it on.",
        ),
        (
            "deployment",
            "New prompt versions go out to five percent of chats first.",
            "New prompt versions are written for the chats first.",
        ),
        (
            "deployment",
            "We have a switch to send everyone to human agents with one click.",
            "We have a switch in the office that the agents use.",
        ),
    ],
)
def test_rigor_of_every_kind_in_plain_words_from_the_dev_parts(
    kind: str, done: str, not_done: str
) -> None:
    """A fallback, a person before it goes out, a sample every trip, a rate watched, a shadow
    period, a canary and a switch back to people, in plain words (dev121 to dev146)."""
    assert kind in rigor_kinds(done)
    assert kind not in rigor_kinds(not_done)


@pytest.mark.parametrize(
    ("kind", "done", "not_done"),
    [
        (
            "testing",
            "Every barge week, I check that order against the barge manifest, line by line.",
            "Every barge week, I check that the barge is on time.",
        ),
        (
            "testing",
            "Every morning I check what it made against the driver's sheet.",
            "Every morning I check the driver's sheet for the van.",
        ),
        (
            "testing",
            "Every night the form it made is compared with the job the controller dispatched.",
            "Every night the form it made is sent to the controller.",
        ),
        (
            "testing",
            "On five hundred old tickets it got sixty-four percent fully correct.",
            "On five hundred old tickets the ink had run.",
        ),
        (
            "error handling",
            "Anything that doesn't match goes on a list for her, it never just orders on its own.",
            "Anything that comes in goes on a list for her, it orders on its own.",
        ),
        (
            "error handling",
            "When they disagree it doesn't go on the invoice, it goes to the office.",
            "Someone distressed has to go to the specialist team whatever the letter says.",
        ),
        (
            "monitoring",
            "I count the fixes, if there's more than five in a day I get a text.",
            "I count the parcels, there are four hundred in a day.",
        ),
        (
            "monitoring",
            "Every Sunday I go through the ones that differ, usually ten, twelve.",
            "Every Sunday I go through the rota, usually ten, twelve names.",
        ),
    ],
)
def test_rigor_in_dev148s_plain_words(kind: str, done: str, not_done: str) -> None:
    """What the system made checked against a record of what happened, what does not match
    sent to a person, the fixes counted with a text when they pass a bar, and the ones that
    differ gone through (dev148). A routing rule is no fallback (dev93)."""
    assert kind in rigor_kinds(done)
    assert kind not in rigor_kinds(not_done)


def test_the_speakers_own_system_known_inside_out_and_training_models_answered_no() -> None:
    """ "I know dispatch inside out, I wrote most of it" is the speaker's own system, no
    overselling ("I know LLMs inside out" is); "Training models, no, none." names a gap as
    "Training, no." does (dev148)."""
    assert "overselling-ai" not in mistakes(
        "What I bring is that I know dispatch inside out, I wrote most of it.", "biggest-weakness"
    )
    assert "overselling-ai" in mistakes("I know LLMs inside out already.", "biggest-weakness")
    assert evidence("Training models, no, none.", "honest_gaps", "ml-experience").startswith(
        "Names a gap"
    )
    assert evidence("Training models, yes, lots.", "honest_gaps", "ml-experience").startswith(
        "Names no gap"
    )


def test_an_apology_refused_or_only_advised_and_a_tool_scrapped_at_once() -> None:
    """ "I'm sorry I don't have, um, no, actually, I'm not going to apologise for that" and an
    old boss who "told me to apologise for being self-taught" are no apology; "grab Pinecone
    and go. No, scrap that" names no tool first (dev149)."""
    kind = "apologising-for-background"
    refused = (
        "It's the maths. I'm sorry I don't have, um, no, actually, I'm not going to apologise "
        "for that. I don't have a maths degree."
    )
    sorry = "It's the maths. I'm sorry, I don't have a maths degree."
    assert kind not in mistakes(refused, "biggest-weakness")
    assert kind in mistakes(sorry, "biggest-weakness")
    advised = (
        "An old boss once told me to apologise for being self-taught. Never bought it. I built "
        "the booking system."
    )
    assert kind not in mistakes(advised, "system-design")
    assert kind in mistakes(
        "I'm only self-taught, sorry. I built the booking system.", "system-design"
    )
    first = "So my first instinct, honestly, is grab Pinecone and go. {} First: how fast?"
    assert "tools-before-requirements" not in mistakes(
        first.format("No, scrap that, that's exactly wrong."), "system-design"
    )
    assert "tools-before-requirements" in mistakes(first.format("That works."), "system-design")


@pytest.mark.parametrize(
    ("small", "not_small"),
    [
        (
            "Thirty years on the counter systems, nothing anyone here would call engineering "
            "really.",
            "Thirty years on the counter systems, which anyone here would call engineering.",
        ),
        (
            "I don't really do proper engineering, I just make things work for a small shop.",
            "I do proper engineering, I make things work for a small shop.",
        ),
        (
            "I'm the web guy for a locksmith. Glorified button-pusher, me.",
            "I'm the web developer for a locksmith. Glorified button-pusher, the old system.",
        ),
        (
            "Honestly, I'm a bit of a dinosaur full stop.",
            "Honestly, the old till is a bit of a dinosaur full stop.",
        ),
    ],
)
def test_a_career_made_small_in_the_speakers_idiom(small: str, not_small: str) -> None:
    """Careers made small in dev149's idiom, and the same words about something else."""
    kind = "minimising-swe-experience"
    assert kind in mistakes(small, "biggest-weakness")
    assert kind not in mistakes(not_small, "biggest-weakness")


def test_a_sorry_for_the_order_or_speed_of_the_talk_is_no_apology() -> None:
    """ "Sorry, I'm starting at the end, I talk a lot when I'm nervous" repairs the talk; a gap
    beside it stays honest, where "sorry, I'm self-taught" beside it apologises (dev148)."""
    kind = "apologising-for-background"
    talk = (
        "Invoice disputes went from twenty a month to four, sorry, I'm starting at the end, I "
        "talk a lot when I'm nervous. So, the weakness: model internals, I couldn't teach it. "
        "My time goes into making the thing reliable."
    )
    background = talk.replace("I'm starting at the end, I talk a lot", "I'm only self-taught")
    assert kind not in mistakes(talk, "biggest-weakness")
    assert kind in mistakes(background, "biggest-weakness")


@pytest.mark.parametrize(
    ("outcome", "unknown"),
    [
        (
            "There were fewer rejected claims after, about a third fewer, finance sent me the "
            "figures.",
            "There were fewer rejected claims after, I think, I genuinely couldn't give you a "
            "number, finance would have it.",
        ),
        (
            "Our returns went down by a fifth, my boss showed me the report.",
            "Our returns went down, I think, my boss said this, but I don't have the report.",
        ),
        (
            "The owner says sales went up a tenth after, I saw the numbers.",
            "The owner says sales went up after, now whether that was the descriptions I'd "
            "honestly not know, I never saw the numbers.",
        ),
        (
            "It saved the counter an hour a day. Honestly, I love that.",
            "It saved the counter, I want to say an hour a day, maybe more. Honestly, I don't "
            "know. We never measured it.",
        ),
    ],
)
def test_an_outcome_the_speaker_cannot_vouch_for_is_none(outcome: str, unknown: str) -> None:
    """A figure the speaker cannot give, a report they do not have, numbers never seen, or
    "Honestly, I don't know" said right after, leave no outcome (dev150)."""
    assert score(outcome, "business_impact", "why-ai-engineering") >= 3
    assert score(unknown, "business_impact", "why-ai-engineering") < 3


@pytest.mark.parametrize(
    ("kept", "taken_back"),
    [
        (
            "It saves her an hour a day. No, wait, more like two hours on a Monday.",
            "It saves her an hour a day. No, I should not say that, she tells me it feels faster.",
        ),
        (
            "The volunteers answer emails in one day instead of two weeks. No, wait, that was "
            "after the chatbot went in, in May.",
            "The volunteers answer emails in one day instead of two weeks. No, wait, that was "
            "before the chatbot, that was when we hired Nelly.",
        ),
        (
            "The quotes go out in two days instead of a week. I think. Xulia counted them.",
            "The quotes go out in two days instead of a week. I think. Well, more like I hope, "
            "we only started in March.",
        ),
        (
            "The fitters say it saves them a lot of calls. I can show you the call log.",
            "The fitters say it saves them a lot of calls. But, well, I cannot show you a "
            "number, it is what they tell me.",
        ),
    ],
)
def test_an_outcome_taken_back_in_the_next_sentence_is_none(kept: str, taken_back: str) -> None:
    """An outcome the next sentence takes back, after a hedge said alone or not, is no outcome;
    a correction that keeps one leaves it (dev156)."""
    assert score(kept, "business_impact", "why-ai-engineering") >= 3
    assert score(taken_back, "business_impact", "why-ai-engineering") < 3


@pytest.mark.parametrize(
    ("met", "not_met"),
    [
        (
            "What's the latency budget? I was at a stairlift installer, and our assistant told a "
            "fitter the staircase was 32 inches when the survey said 29.",
            "What's the latency budget? I was at a stairlift installer, and our assistant told a "
            "fitter the staircase width from the survey.",
        ),
        (
            "How fast must it answer? In the company where I work our dispatch assistant told "
            "the drivers a road was clear, because it read the gritting schedule from the week "
            "before.",
            "How fast must it answer? In the company where I work our dispatch assistant reads "
            "the gritting schedule, and two trucks go out each morning.",
        ),
        (
            "How fast must it answer? At the garden centre where I work our assistant once "
            "answered from an old policy, and a customer was paid wrong.",
            "How fast must it answer? At the garden centre where I work, imagine the assistant "
            "answers from an old policy, and a customer is paid wrong.",
        ),
    ],
)
def test_problems_met_and_imagined_in_dev150s_and_dev151s_designs(met: str, not_met: str) -> None:
    """A system's figure against the survey's and a schedule from the week before drive a
    design; a problem the speaker asks us to imagine does not."""
    assert score(met, "production_problem", "system-design") == 5
    assert score(not_met, "production_problem", "system-design") < 3


def test_a_gap_owned_honestly_and_a_sorry_for_the_speakers_english() -> None:
    """ "I did not compare, that is honestly my gap ... But I know the database very well" turns
    a gap; "sorry, my English goes a bit fast" repairs the talk, where "sorry, I'm only
    self-taught" apologises (dev151)."""
    owned = (
        "I tried only one approach, I did not compare, that is honestly my gap. But I know the "
        "database very well, ten years."
    )
    assert score(owned, "honest_gaps", "portfolio-project") >= 4
    assert score(owned.replace("my gap", "my style"), "honest_gaps", "portfolio-project") < 3
    kind = "apologising-for-background"
    talk = (
        "I never trained a model myself, I will be honest, sorry, my English goes a bit fast. "
        "What I bring is twelve years of keeping the booking system up."
    )
    assert kind not in mistakes(talk, "why-ai-engineering")
    assert kind in mistakes(
        talk.replace("my English goes a bit fast", "I'm only self-taught"), "why-ai-engineering"
    )


def test_rigor_put_off_or_waved_at_and_researchers_called_big_brains() -> None:
    """ "Evaluation, monitoring, all the usual things, we make sure it works" and evals whose
    metrics "we'd figure out later once it's running" are no practice; "the big brains at
    Google ... I can't compete with them people" compares (dev150, dev151)."""
    for waved in (
        "Then of course evaluation, monitoring, all the usual things, we make sure it works.",
        "I'd want evals, definitely, we'd figure out the metrics once it's running.",
    ):
        assert score(waved, "engineering_rigor", "system-design") == 1
    assert (
        score(
            "Evaluation: a golden set of 250 questions from the handlers, run before launch.",
            "engineering_rigor",
            "system-design",
        )
        >= 2
    )
    kind = "comparing-to-researchers"
    said = "That's for the big brains at Google and them places, I can't compete with them people."
    assert kind in mistakes(said, "ml-experience")
    assert kind not in mistakes(
        "That's for the web shop and the bottle orders, I can't keep up with them people.",
        "ml-experience",
    )


def test_none_since_the_thing_built_is_an_outcome() -> None:
    """ "Since the checker, none." after a count of recalls is the outcome; "since the model is
    cheap, no problem" gives a reason (dev153)."""
    said = "We had two label recalls in 2023. Since the checker, none."
    assert score(said, "business_impact", "biggest-weakness") >= 3
    for reason in (
        "We had two label recalls in 2023. Since the model is cheap, no problem.",
        "We had two label recalls in 2023. Since the checker is new, none of the staff trust it.",
    ):
        assert score(reason, "business_impact", "biggest-weakness") < 3


def test_hype_someone_else_says_of_the_speaker_and_is_called_wrong() -> None:
    """ "My son says I only do all this because AI is hot, he's wrong, I do it because the
    emails were killing us" disowns the hype; "he's right" owns it (dev152)."""
    said = (
        "The weakest thing is fine-tuning. My son says I only do all this because AI is hot, "
        "he's wrong, I do it because the plant-care emails were killing us every spring."
    )
    assert "ai-is-hot" not in mistakes(said, "biggest-weakness")
    assert "ai-is-hot" in mistakes(said.replace("he's wrong", "he's right"), "biggest-weakness")


def test_a_tolerance_met_on_so_many_of_the_items_is_an_evaluation() -> None:
    """ "I checked it on sixty old quotes and it was within ten percent on forty-five of them"
    is a measured result; customers "within ten miles" on them is no measure of the system
    (dev152)."""
    said = (
        "It reads the email and the photos and drafts a quote range. I checked it on sixty old "
        "quotes and it was within ten percent on forty-five of them."
    )
    assert score(said, "engineering_rigor", "ml-experience") >= 3
    other = said.replace("it was within ten percent", "the customers were within ten miles")
    assert score(other, "engineering_rigor", "ml-experience") < 3


@pytest.mark.parametrize(
    ("refused", "owned"),
    [
        (
            "I run the job system at a scaffolding firm. My brother-in-law keeps telling me AI's "
            "the hot thing, honestly, couldn't care less about that bit.",
            "I run the job system at a scaffolding firm. My brother-in-law keeps telling me AI's "
            "the hot thing, honestly, and I couldn't care less about the old job system.",
        ),
        (
            "My recruiter told me, just say AI is the future and it's hot right now, they love "
            "that. I'm not going to say that. I work at a quarry.",
            "My recruiter told me, just say AI is the future and it's hot right now, they love "
            "that. I'm going to say that. I work at a quarry.",
        ),
        (
            "My cousin, every Diwali, tells me AI is hot, you should go into AI, and, no, that "
            "was never the reason. The catalogue was typed till midnight.",
            "My cousin, every Diwali, tells me AI is hot, you should go into AI, and, yes, that "
            "was the reason. The catalogue was typed till midnight.",
        ),
    ],
)
def test_hype_others_urge_that_the_speaker_cares_nothing_for_or_will_not_say(
    refused: str, owned: str
) -> None:
    """Hype someone keeps telling the speaker, who "couldn't care less about that bit" or is
    "not going to say that", or whose hype "was never the reason", is not theirs; the same taken
    up is (dev153, dev157). "I'm not going to pretend that's not part of it" owns it (dev28)."""
    assert "ai-is-hot" not in mistakes(refused, "why-ai-engineering")
    assert "ai-is-hot" in mistakes(owned, "why-ai-engineering")


def test_hallucination_called_eliminated_is_overselling() -> None:
    """ "Hallucination is basically eliminated these days" calls the problem gone; "reduced but
    not eliminated" does not (dev152)."""
    kind = "overselling-ai"
    said = (
        "With a good system prompt, telling it to only use the documents, hallucination is "
        "basically eliminated these days, so that's not really a concern."
    )
    assert kind in mistakes(said, "system-design")
    assert kind not in mistakes(
        "With a good system prompt hallucination is reduced but not eliminated, so we check "
        "every answer.",
        "system-design",
    )


def test_a_background_apologised_for_after_the_gap_is_apologising() -> None:
    """ "Sorry, ... I'm the web developer at a falconry centre, I apologise, it's not exactly a
    serious tech background" apologises for the background, sentences after the gap; the same
    background told without regret does not (dev157)."""
    gap = "Maths, I'd say. The statistics side, the theory. "
    sorry = (
        "And, sorry, I know it's a strange CV, I'm the web developer at a falconry centre, I "
        "apologise, it's not exactly a serious tech background."
    )
    plain = "And I'm the web developer at a falconry centre, so I know the weather API by heart."
    assert "apologising-for-background" in mistakes(gap + sorry, "biggest-weakness")
    assert "apologising-for-background" not in mistakes(gap + plain, "biggest-weakness")


def test_someone_elses_apology_the_speaker_will_not_make_is_none() -> None:
    """A team lead who "used to start every meeting with 'sorry, I'm not an ML person'", which
    the speaker does not do, is no apology; the speaker who does it too apologises (dev155)."""
    said = (
        'My old team lead used to start every meeting with "sorry, I\'m not an ML person", and '
        "honestly it drove me mad, so I {} do that. I haven't trained models. What I bring is "
        "ten years of backend in health systems."
    )
    kind = "apologising-for-background"
    assert kind not in mistakes(said.format("don't"), "ml-experience")
    assert kind in mistakes(said.format("also"), "ml-experience")


def test_someone_elses_hype_set_against_the_speakers_reason_is_disowned() -> None:
    """ "The sales director wanted it because AI is hot, I wanted it because the line stops"
    sets the hype against the speaker's reason; the speaker who shares it owns it (dev155)."""
    said = (
        "The night shift could not read the fault notes, so I built a fault assistant. The sales "
        "director wanted it because AI is hot, {} because the line stops."
    )
    assert "ai-is-hot" not in mistakes(said.format("I wanted it"), "portfolio-project")
    assert "ai-is-hot" in mistakes(said.format("and so did I, and also"), "portfolio-project")


@pytest.mark.parametrize(
    ("said", "near_miss"),
    [
        (
            "I'd say I already know most of what an AI engineer does day to day.",
            "I'd say I know some of what an AI engineer does day to day, the plumbing part.",
        ),
        (
            "So I think I could walk into a senior AI role pretty quickly.",
            "So I don't think I could walk into a senior AI role, not yet.",
        ),
    ],
)
def test_a_senior_role_claimed_after_reading_is_overselling(said: str, near_miss: str) -> None:
    """Knowing "most of what an AI engineer does" and walking "into a senior AI role" after
    reading about LLMs oversell; some of it, or a senior role denied, do not (dev154)."""
    assert "overselling-ai" in mistakes(said, "why-ai-engineering")
    assert "overselling-ai" not in mistakes(near_miss, "why-ai-engineering")
