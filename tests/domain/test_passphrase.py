"""The passphrase rules, in one place: NFC, one line, not weak; unlock tries every form."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haven.domain.passphrase import (
    PassphraseRejected,
    assess,
    check_new,
    normalise,
    unlock_forms,
)

FAST = settings(max_examples=60, derandomize=True, deadline=None)


@pytest.mark.parametrize("weak", ["password", "123456", "haven", "aaaaaaaa", "qwerty12"])
def test_common_weak_passphrases_are_refused_with_a_reason(weak: str) -> None:
    with pytest.raises(PassphraseRejected, match="did not use this passphrase"):
        check_new(weak)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("", "cannot be empty"),
        ("   ", "cannot be empty"),
        ("two\nlines are not one", "one line"),
        ("a\udc80 surrogate from bad bytes", "not valid UTF-8"),
        ("x" * 1025, "up to 1024"),
    ],
)
def test_what_cannot_be_typed_again_is_refused(bad: str, reason: str) -> None:
    with pytest.raises(PassphraseRejected, match=reason):
        check_new(bad)


def test_a_strong_passphrase_is_kept_in_nfc() -> None:
    decomposed = "cafe\u0301 lanterne marée violon"
    assert check_new(decomposed) == unicodedata.normalize("NFC", decomposed)


@FAST
@given(st.text(max_size=80))
def test_any_text_is_accepted_in_nfc_or_refused_with_a_reason(text: str) -> None:
    try:
        kept = check_new(text)
    except PassphraseRejected as rejected:
        assert str(rejected)
    else:
        assert kept == normalise(text) == unicodedata.normalize("NFC", kept)
        assert assess(text).acceptable


@FAST
@given(st.text(max_size=40))
def test_unlock_tries_as_typed_first_then_each_normal_form_once(text: str) -> None:
    forms = unlock_forms(text)
    assert forms[0] == text
    assert unicodedata.normalize("NFC", text) in forms
    assert unicodedata.normalize("NFD", text) in forms
    assert len(forms) == len(set(forms))
