from voice_interviewer.textnorm import edit_distance, normalise_words, word_error_rate


def test_normalise_drops_case_and_punctuation() -> None:
    assert normalise_words("And so, my fellow Americans!") == [
        "and",
        "so",
        "my",
        "fellow",
        "americans",
    ]


def test_percent_sign_and_word_compare_equal() -> None:
    assert word_error_rate("fell by 30 percent", "fell by 30%") == 0.0


def test_edit_distance_counts_substitutions_insertions_deletions() -> None:
    assert edit_distance(["a", "b", "c"], ["a", "x", "c", "d"]) == 2
    assert edit_distance([], ["a"]) == 1


def test_word_error_rate_is_relative_to_reference_length() -> None:
    assert word_error_rate("one two three four", "one two three") == 0.25
    assert word_error_rate("", "") == 0.0
    assert word_error_rate("", "words") == 1.0
