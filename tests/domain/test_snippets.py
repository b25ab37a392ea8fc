"""Snippets show a few words around the first match, marked, in linear time."""

from __future__ import annotations

from haven.domain.snippets import fold, make_snippet, query_words, split_highlights


def test_the_first_match_is_marked_with_some_words_before_it() -> None:
    body = "one two three four five six seven river eight nine ten"
    text, spans = split_highlights(make_snippet(body, ["riv"], size=6, before=2))
    assert text == "…six seven river eight nine ten"
    assert [text[a:b] for a, b in spans] == ["river"]


def test_matching_ignores_case_and_accents_like_the_index() -> None:
    snippet = make_snippet("Un CAFÉ au soleil", query_words("cafe"))
    assert split_highlights(snippet)[0] == "Un CAFÉ au soleil"
    assert split_highlights(snippet)[1] == [(3, 7)]
    assert fold("Éé") == "ee"


def test_a_title_only_match_shows_how_the_entry_begins() -> None:
    assert make_snippet("calm evening at home", ["zebra"], size=2) == "calm evening…"
    assert make_snippet("", ["x"]) == ""


def test_right_to_left_text_and_emoji_survive() -> None:
    text, spans = split_highlights(make_snippet("היום 🌿 שלום לכולם", query_words("שלום")))
    assert "🌿" in text and [text[a:b] for a, b in spans] == ["שלום"]


def test_a_megabyte_with_matches_everywhere_gives_a_short_snippet() -> None:
    # FTS5's snippet() took over 30 s here; bench/ measures this one.
    text, spans = split_highlights(make_snippet("word " * 250_000, ["word"], size=16))
    assert len(text.split()) == 16 and len(spans) == 16
