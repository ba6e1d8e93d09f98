"""Speaker attribution: the seed article sentence by sentence, general patterns, negatives, resolution."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.extraction
from factcheck.extraction import speakers
from factcheck.extraction.sentences import split_sentences
from factcheck.extraction.speakers import assign_speakers, find_speaker, speaker_type

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afe4df272759aabc.txt"

# Every sentence of the seed article (by index) and who makes its claim; None = the reporter.
SEED_SPEAKERS = {
    0: "Moscow",  # headline: "Moscow vows to press Syria offensive"
    1: "The Kremlin",
    2: None,
    3: None,
    4: None,
    5: "Rebels",
    6: "The United States and the European Union",
    7: "The US and the EU",
    8: "The EU\u2019s High Representative for Foreign Affairs, Federica Mogherini",
    9: "The Russian and Syrian governments",
    10: "US Secretary of State John Kerry",
    11: None,  # "has called for a halt": a demand, not an attributed claim
    12: "Kremlin spokesman Dmitry Peskov",
    13: "Peskov",
    14: "Peskov",
    15: None,
    16: "The officials",
    17: None,  # "most outside countries had said" is embedded, not the sentence's source
    18: None,
}


def seed_speakers():
    text = SEED.read_text(encoding="utf-8")
    spans = split_sentences(text)
    return text, spans, assign_speakers(text, spans)


def test_seed_article_speakers() -> None:
    _, spans, speakers = seed_speakers()
    assert len(spans) == len(SEED_SPEAKERS)
    got = {i: (s.name if s else None) for i, s in enumerate(speakers)}
    assert got == SEED_SPEAKERS


def test_seed_speaker_spans_slice_the_original_text_inside_their_sentence() -> None:
    text, spans, speakers = seed_speakers()
    for span, speaker in zip(spans, speakers, strict=True):
        if speaker is not None:
            assert text[speaker.start : speaker.end] == speaker.name
            assert span.start <= speaker.start < speaker.end <= span.end


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Peskov said the operation would continue.", "Peskov"),
        ("The ministry said that 30 people died.", "The ministry"),
        ("Officials say the fire is contained.", "Officials"),
        ("Aid groups warned of famine.", "Aid groups"),
        ("\u201cWe will win,\u201d said Kremlin spokesman Dmitry Peskov.", "Kremlin spokesman Dmitry Peskov"),
        ("\u201cWe will win,\u201d Peskov said.", "Peskov"),
        ('"Prices will fall," said the central bank.', "the central bank"),
        ("The war is over, according to the U.N. refugee agency.", "the U.N. refugee agency"),
        ("According to Amnesty International, 40 people were detained.", "Amnesty International"),
        ("Mr. Smith told Reuters the plant had closed.", "Mr. Smith"),
        ("The company announced that it had cut 500 jobs.", "The company"),
        ("In a statement, the health ministry said 12 people died.", "the health ministry"),
        ("On Thursday, Rebels announced that they had seized the town.", "Rebels"),
        ("John Kerry, who negotiated the truce, has said the talks failed.", "John Kerry"),
        ("Syrian state media reported that 12 people died.", "Syrian state media"),
        ("The war, officials said, is far from over.", "officials"),
        ("Police have also confirmed two deaths.", "Police"),
        ("The report says unemployment fell.", "The report"),
        # appositives between subject and verb are skipped; verbs that do not invert take no object as speaker
        ("Jane Doe, the governor of the province, accused the army of shelling.", "Jane Doe"),
        ("The mayor's lawyer, John Roe, argued that no witness saw him.", "The mayor's lawyer, John Roe"),
        ("John Roe, 21, told jurors in the county court he was innocent.", "John Roe"),
        ("Ann Lee, founder of a small firm, notes the market is shrinking.", "Ann Lee"),
        ("Jason Waxman, Intel's general manager for cloud computing, said it grew.", "Jason Waxman"),
        ("Smith, deputy director of the agency, said 5 people died.", "Smith"),
        # a bracketed aside before the verb
        ("Sen. Barbara Boxer (D-Calif.) said the rules were bad.", "Sen. Barbara Boxer"),
        (
            "Indonesia's Meteorology and Geophysics Agency (BMG) said 842 aftershocks hit.",
            "Indonesia's Meteorology and Geophysics Agency",
        ),
        ("The minister added that 20 people died.", "The minister"),
        # the subject before an appositive speaks, not a name after the verb
        ("Ali Khalid, spokesman for Sudan's army, said Sudan had not bombed the camp.", "Ali Khalid"),
        (
            "The governor of Unity State, Taban Deng, said Mr Bashir was to blame.",
            "The governor of Unity State, Taban Deng",
        ),
        # asides that open with a preposition or a participle, and a plural possessive inside one
        ("Kempthorne, at a news conference in Washington, said 12 rules changed.", "Kempthorne"),
        ("Mohammad Awad, hospitalized with shrapnel wounds, said 3 shells hit.", "Mohammad Awad"),
        (
            "Francesca Grifo, director of Union of Concerned Scientists' program, said it was wrong.",
            "Francesca Grifo",
        ),
        # inversion before a lower-case role phrase, and a speaker phrase ends at a preposition after a name
        ("Two homes fell, said local hospital director Hengky Tewu.", "local hospital director Hengky Tewu"),
        (
            '"Many were hurt," said resident Bensu Elianita to the Associated Press.',
            "resident Bensu Elianita",
        ),
        (
            '"It is wrong," said attorney Kassie Siegel of the Center for Biological Diversity.',
            "attorney Kassie Siegel of the Center for Biological Diversity",
        ),
        # "California" is not the subject of "said" (the clause before the comma does not start with it)
        ("In California, the rule is crucial, said Mark Rockwell, a director.", "Mark Rockwell"),
        # journalists report too
        ("Our reporter says 12 people died in the raid.", "Our reporter"),
        ("A Reuters correspondent reported hearing 2 explosions.", "A Reuters correspondent"),
        # a capitalised opener before a pronoun: "But he said" (the pronoun itself; resolved across sentences)
        ("But he said 40 people died.", "he"),
    ],
)
def test_attribution_patterns(sentence: str, speaker: str) -> None:
    found = find_speaker(sentence, offset=100)
    assert found is not None
    assert found.name == speaker
    assert sentence[found.start - 100 : found.end - 100] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire destroyed 40 homes.",
        "US officials are considering tougher responses.",
        "I said no.",  # the author of the text: not nameable
        "We believe the numbers are wrong.",
        "The ceasefire collapsed a week after it took effect.",
        "Recapturing Aleppo would be a victory that most outside countries had said was impossible.",
        "It was the biggest battle of the war.",
        "The coach summed it up, saying Smith could miss two games.",
        # statement verbs that report nothing here
        "Scheyer dished out four assists while Singler added six rebounds for Duke.",
        "Tyrese Rice added 14 points.",
        "Doctor Who: Peter Capaldi revealed as 12th Doctor",
        # a lower-case phrase after "said" is a speaker only if it is a short role phrase
        "Grifo's view is clear, said lifting the rule was one of the ways the Act was weakened.",
        "He coached in Germany and, during that time, wrote and published the European Handbook.",
        "",
    ],
)
def test_no_speaker(sentence: str) -> None:
    assert find_speaker(sentence) is None


def speakers_of(text: str) -> list[str | None]:
    spans = split_sentences(text)
    return [s.name if s else None for s in assign_speakers(text, spans)]


def test_pronoun_resolves_to_previous_named_speaker_in_paragraph() -> None:
    text = "Peskov said the strikes would go on. He said the rebels were to blame."
    spans = split_sentences(text)
    speakers = assign_speakers(text, spans)
    assert [s.name for s in speakers] == ["Peskov", "Peskov"]
    # the resolved speaker points at the named mention, not at "He"
    assert speakers[1].start == 0


def test_pronoun_resolves_across_a_few_short_paragraphs_but_not_further() -> None:
    near = "Peskov said the strikes would go on.\n\n\u201cWe have no choice,\u201d he said."
    assert speakers_of(near) == ["Peskov", "Peskov"]
    # news paragraphs are a sentence or two: "…, he said" often comes a few paragraphs after the name
    three = "Peskov said the strikes would go on.\n\nThe city was quiet.\n\nThe sky was clear.\n\nHe said so."
    assert speakers_of(three)[-1] == "Peskov"
    far = "Peskov said the strikes would go on." + "\n\nThe city was quiet." * 3 + "\n\nHe said so."
    assert speakers_of(far)[-1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" skips a man, by title, role word or first name, for the latest woman
        ("Mary Smith said the dam held. Mr. Jones said it leaked. She said 20 homes flooded.", "Mary Smith"),
        ("Ann Lee said the dam held. The spokesman said it leaked. She said 20 homes flooded.", "Ann Lee"),
        ("Mary Lee said the dam held. David Cho said it leaked. She said 20 homes flooded.", "Mary Lee"),
        ("Mary Lee said the dam held. David Cho said it leaked. He said 20 homes flooded.", "David Cho"),
        # a surname alone takes the gender of the fuller mention earlier in the text
        (
            "Angela Benson said it was fast. Paul Ross said it was slow. Benson said it sped up. He said so.",
            "Paul Ross",
        ),
        # unknown gender ("Kelly" alone, "Tishana King": a title only before a name) agrees with both
        ("Kelly said the shooting was justified. He added that 3 officers fired.", "Kelly"),
        ("Tishana King said she saw it. She said 4 shots were fired.", "Tishana King"),
        # the gender a pronoun gave a role phrase sticks: "the doctor … she said" then "he added" is not her
        (
            "Dr. Ann Ray treated them, said Tom Hill. \u201c50 came in,\u201d said the doctor. "
            "\u201cMost were hurt,\u201d she said. Most were from the north, he added.",
            "Tom Hill",
        ),
    ],
)
def test_pronoun_agrees_in_gender(text: str, expected: str) -> None:
    assert speakers_of(text)[-1] == expected


def test_pronoun_never_resolves_to_someone_named_in_its_own_sentence() -> None:
    text = "Smith said the talks failed. Ford said they would resume. He told Smith that 3 issues remained."
    assert speakers_of(text)[-1] == "Ford"
    text = "Officer Ray Hill said Jackson was arrested. Jackson was on probation, he said."
    assert speakers_of(text)[-1] == "Officer Ray Hill"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named as the subject of a sentence with no speaker of its own is the latest antecedent
        (
            "Earley said 2 died. Michael Gallagher ran to help. Gallagher was back at work. He said 3 fled.",
            "Gallagher",
        ),
        (
            "Kerry said it failed. Interior Secretary Dirk Kempthorne called it narrow. He said 4 fell.",
            "Interior Secretary Dirk Kempthorne",
        ),
        # but not a place or a team, which no first name, title or role word marks as a person
        ("Ann Ray said 2 died. Indonesia lies on a fault line. She said 249 were hurt.", "Ann Ray"),
        ("Tom Hill said 2 died. North Carolina won the game. He said 249 were hurt.", "Tom Hill"),
    ],
)
def test_pronoun_may_refer_to_a_named_subject_that_did_not_speak(text: str, expected: str) -> None:
    assert speakers_of(text)[-1] == expected


def test_a_named_speaker_later_in_the_sentence_beats_a_pronoun() -> None:
    text = "Howard said he was sorry. In his own words, he said 2 years was enough, said Christina Greenway."
    assert speakers_of(text)[-1] == "Christina Greenway"


def test_pronoun_without_antecedent_or_disagreeing_in_number_is_dropped() -> None:
    assert speakers_of("He said the talks had failed.") == [None]
    assert speakers_of("Peskov said the strikes would go on. They said it was wrong.") == ["Peskov", None]
    assert speakers_of("Rebels said they held the town. They said 20 villages fell.") == ["Rebels", "Rebels"]
    # "he" or "she" is one person, never an institution
    text = "The Kremlin said the strikes would go on. He said 20 villages fell."
    assert speakers_of(text) == ["The Kremlin", None]


def test_quote_continuation_takes_the_quotes_speaker() -> None:
    text = "Peskov said: \u201cWe will win. The operation will continue.\u201d The city was quiet."
    assert speakers_of(text) == ["Peskov", "Peskov", None]


def test_quote_attributed_at_its_end_gives_the_speaker_to_its_first_sentences() -> None:
    text = "\u201cWe will win. We have the means,\u201d Peskov said."
    assert speakers_of(text) == ["Peskov", "Peskov"]


def test_quote_state_resets_at_paragraph_break() -> None:
    text = "Peskov said: \u201cWe will win.\n\nThe city was quiet."
    assert speakers_of(text) == ["Peskov", None]


def test_words_prefilter_gives_the_same_result() -> None:
    from factcheck.extraction.checkworthiness import tokens

    text, spans, speakers = seed_speakers()
    words = [tokens(text[s.start : s.end]) for s in spans]
    assert assign_speakers(text, spans, words) == speakers


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Person"),
        ("Peskov", "Person"),
        ("a Western diplomat", "Person"),
        ("The EU\u2019s High Representative for Foreign Affairs, Federica Mogherini", "Person"),
        ("Christopher Gunness of the UN Relief and Works Agency", "Person"),
        ("The Kremlin", "Organization"),
        ("Rebels", "Organization"),
        ("The United States and the European Union", "Organization"),
        ("the U.N. refugee agency", "Organization"),
        ("New York-based Human Rights Watch", "Organization"),
        ("The Ministry of Health", "Organization"),
        ("NATO", "Organization"),
    ],
)
def test_speaker_type(name: str, kind: str) -> None:
    assert speaker_type(name) == kind


# ``speakers._TOKEN`` without its speed-ups (the lookahead before titles and initials, possessive words)
_PLAIN_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr)\.(?=\s)"
    r"|(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s[A-Z])"
    r"|\w+(?:[.'\u2019&\-]\w+)*"
    r"|[^\w\s]"
)
_TOKEN_ALPHABET = st.sampled_from(
    [*"MrsDtSJUabXyz019 .,'\u2019&-_\n\"", "é", "Mr", "Mrs", "Capt", "St", "Prof"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKEN_ALPHABET, max_size=40).map("".join))
def test_token_pattern_splits_as_the_plain_alternation(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[str, int, int]]:
        return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]

    assert spans(speakers._TOKEN) == spans(_PLAIN_TOKEN)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. and Mrs. Smith, Capt. J. R. Ewing and Sen.Paul of the U.S.A. said",
        "St.Louis's al-Assad, A.B.C. 1,500.5 J.R.R. Tolkien co-founder \u2019s rock&roll - end.",
        "Lt. Col. Sgt. Jr. Sr. Dr. Gov. Gen. Rep. Prof. Ms. x.y a.b. Z. z. Z.Z Q. r",
    ],
)
def test_token_pattern_on_titles_and_initials(text: str) -> None:
    assert [m.span() for m in speakers._TOKEN.finditer(text)] == [
        m.span() for m in _PLAIN_TOKEN.finditer(text)
    ]


_CHUNK_ALPHABET = st.sampled_from(
    [
        *"MrsDtSJUabXyz019 .,;'\u2019&-_\n\t\"\u201c\u201d()\u00a0\u2003\u0660\u00b2",
        "é",
        "Mr",
        "Capt",
        "Prof",
        "U.S.",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_CHUNK_ALPHABET, max_size=40).map("".join))
def test_tokens_are_the_plain_alternations_matches(text: str) -> None:
    # ``_tokens`` matches only the chunks between blanks that are not plain words
    assert speakers._tokens(text) == [(m.group(), m.start(), m.end()) for m in _PLAIN_TOKEN.finditer(text)]


# --- the cross-sentence look-ups stay linear --------------------------------------------------------------


def _known_person_by_scanning(name: str, text: str, before: int) -> bool:
    """``_known_person`` as it was: a scan back through every earlier mention of the surname."""
    if speakers.speaker_gender(name) is not None or any(
        w.lower() in speakers._PERSON_HEADS for w in name.split()
    ):
        return True
    surname = " " + name.rsplit(None, 1)[-1]
    at = text.rfind(surname, 0, before)
    while at > 0:
        end = at + len(surname)
        if end == len(text) or not text[end].isalnum():
            k = at
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            first = text[k:at].lower()
            if first in speakers._MALE_NAMES or first in speakers._FEMALE_NAMES:
                return True
        at = text.rfind(surname, 0, at)
    return False


_MENTION_PIECES = st.sampled_from(
    [
        "Mary",
        "JOHN",
        "\u212aarl",
        "Abdulhamid",
        "xMary",
        "Rossi",
        "Rossi-Lee",
        "Lee",
        "Rossi's",
        "Rossi1",
        "Rossi_",
        "Indonesia",
        "ann",
        "Anna",
        "Ann",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "-",
        "é",
        "Émile",
        "\u017fam",
    ]
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_MENTION_PIECES, max_size=30).map("".join),
    st.sampled_from(
        ["Rossi", "Rossi-Lee", "Lee", "Rossi1", "Mr Rossi", "Indonesia", "Rossi_", "Anna", "Karl"]
    ),
    st.integers(0, 400),
)
def test_surnames_after_first_names_are_found_as_the_scan_back_found_them(
    text: str, name: str, before: int
) -> None:
    expected = _known_person_by_scanning(name, text, before)
    assert speakers._known_person(name, speakers._Mentions(text), before) is expected  # a scan
    assert (
        speakers._known_person(name, speakers._Mentions(text, scan_budget=-1), before) is expected
    )  # the index


@pytest.mark.skipif(
    factcheck.extraction.COMPILED,
    reason="counts calls by patching a method, which a class compiled by mypyc does not allow "
    "(the run on the source checks it)",
)
def test_a_text_that_repeats_a_surname_is_not_searched_back_once_per_sentence() -> None:
    calls = 0
    index = speakers._Mentions._index

    def counting(self: speakers._Mentions) -> dict[str, int]:
        nonlocal calls
        calls += 1
        return index(self)

    text = "Rossi laid out the case. He said it was strong. " * 2000
    spans = split_sentences(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(speakers._Mentions, "_index", counting)
        found = assign_speakers(text, spans)
    assert calls == 1  # scans back for the first sentences, then one pass over the text for all the others
    assert found[1] is None  # "Rossi" is never after a first name: not surely a person
    named = "Mary Rossi arrived. " + text
    assert assign_speakers(named, split_sentences(named))[2].name == "Rossi"


def test_attributions_inside_a_long_open_quotation_do_not_walk_it_again() -> None:
    text = "\u201cWe won. " + "Smith said so. We won. " * 3
    got = speakers_of(text)
    # the quotation's sentences take the speaker found in it; none is found after the last
    assert got == ["Smith"] * (len(got) - 1) + [None]
    many = "\u201cWe won. " + "Smith said so. We won. " * 5000  # (quadratic before: every member, each time)
    assert speakers_of(many) == ["Smith"] * 10000 + [None]
