"""Speaker phrases around a cue: before it, after it, behind an aside, the clause subject."""

from __future__ import annotations

import pytest

from analysis.speakers import (
    after_fronted_phrase,
    clause_subject,
    dateline_end,
    interrupted_subject,
    left_speaker,
    main_subject,
    place_after_comma,
    right_speaker,
)


def _cue(text: str, cue: str = "said") -> int:
    return text.index(cue)


def _left_phrase(text: str, end: int) -> str | None:
    """The speaker phrase :func:`left_speaker` reads before ``end``, as text."""
    span = left_speaker(text, 0, end)
    return text[span[0]:span[1]] if isinstance(span, tuple) else None


@pytest.mark.parametrize("text, cue, expected", [
    ("Jane Roe said", "said", "Jane Roe"),
    ("Syrian president Bashar Assad has also said", "said", "Syrian president Bashar Assad"),
    ("The town's new mayor on Tuesday said", "said", "The town's new mayor"),
    ("Sen. Jane Roe wouldn’t say", "say", "Sen. Jane Roe"),
    ("she’s said", "said", "she"),
    ("Officials there said", "said", "Officials"),
    ("Polls there show", "show", "Polls"),
    ("Residents here say", "say", "Residents"),
])
def test_speakers_left_phrase_skips_auxiliaries_adverbs_and_time(text: str, cue: str, expected: str) -> None:
    assert _left_phrase(text, _cue(text, cue)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The House Select Committee on Benghazi said", "The House Select Committee on Benghazi"),
    ("War on Want said", "War on Want"),
    ("He arrived in London on Thursday and Jane Roe said", "Jane Roe"),
])
def test_speakers_left_phrase_reads_on_inside_a_name(text: str, expected: str) -> None:
    assert _left_phrase(text, _cue(text, "said")) == expected


@pytest.mark.parametrize("text, expected", [
    ("At a news conference Roe said", "Roe"),
    ("In the interview Mr Roe said", "Mr Roe"),
    ("On Wednesday Jane Roe said", "Jane Roe"),
    ("During the trial in Leeds Mr Roe said", "Mr Roe"),
    ("In Leeds Mr Roe said", "Mr Roe"),
    ("Until December Microsoft said", "Microsoft"),
    ("Last November Apple said", "Apple"),
    # an agent's phrase is no time: "by" fronts nothing
    ("The book by Sunday Telegraph journalist Robert Peston said", "Sunday Telegraph journalist Robert Peston"),
    # a role before the title, a newspaper's name, a name with no occasion before it: unchanged
    ("Like party spokesman Mr Roe said", "party spokesman Mr Roe"),
    ("In the Sunday Times editor Jane Roe said", "the Sunday Times editor Jane Roe"),
    ("Like former Gov. Jane Roe said", "former Gov. Jane Roe"),
    # a sentence opened by a participle or a preposition: a courtesy title after a thing, or a
    # name after a plural noun, starts the subject
    ("Speaking to the BBC News website Mr Roe said", "Mr Roe"),
    ("In a statement detailing the banning of the accounts Roecorp said", "Roecorp"),
    # not a name after a preposition, a role, or a singular noun it may name
    ("In a statement the company Roecorp said", "the company Roecorp"),
    ("Speaking to reporters Jane Roe said", "Jane Roe"),
    ("In Texas some of Mr Roe's admirers said", "some of Mr Roe's admirers"),
    # a share of a group after a plural noun starts the subject
    ("Despite this liking for search sites half of those questioned said", "half of those questioned"),
])
def test_speakers_subject_after_a_fronted_phrase_without_comma(text: str, expected: str) -> None:
    span = left_speaker(text, 0, _cue(text))
    assert isinstance(span, tuple)
    start, end = after_fronted_phrase(text, 0, span)
    assert text[start:end] == expected


def test_speakers_left_phrase_of_agentless_passive_is_passive() -> None:
    text = "It was said"
    assert left_speaker(text, 0, _cue(text)) == "passive"


def test_speakers_right_phrase_with_appositive() -> None:
    text = '"We won," said Jane Roe, the mayor.'
    got = right_speaker(text, _cue(text) + 4, len(text))
    assert got is not None
    (n_start, n_end), app = got
    assert text[n_start:n_end] == "Jane Roe" and app is not None and text[app[0]:app[1]] == "the mayor"


def test_speakers_subject_behind_relative_aside() -> None:
    text = "Jane Roe, who ran the clinic for years, said"
    got = interrupted_subject(text, 0, _cue(text))
    assert got is not None and text[got[0][0]:got[0][1]] == "Jane Roe"


def test_speakers_clause_subject_skips_fronted_date() -> None:
    text = "On Thursday, after a long pause, Jane Roe endorsed him, saying"
    span = clause_subject(text, 0, _cue(text, "saying"))
    assert span is not None and text[span[0]:span[1]] == "Jane Roe"


def test_left_speaker_stops_at_and_after_a_passive() -> None:
    text = "In a deal brokered by Kendall, the subpoena was withdrawn and Clinton testified"
    span = left_speaker(text, 0, _cue(text, "testified"))
    assert isinstance(span, tuple) and text[span[0]:span[1]] == "Clinton"


@pytest.mark.parametrize(("text", "expected"), [
    ("Voters in the two regions said", "Voters in the two regions"),
    ("Voters across the next four states said", "Voters across the next four states"),
])
def test_left_speaker_reads_a_count_after_a_determiner(text: str, expected: str) -> None:
    span = left_speaker(text, 0, _cue(text))
    assert isinstance(span, tuple) and text[span[0]:span[1]] == expected


@pytest.mark.parametrize("head", [
    "Syrian Observatory for Human Rights director and longtime opposition activist Rami Abdel Rahman",
    "A spokesman for the Ministry of Foreign Affairs of the Islamic Republic of Iran",
    "the \x00\x00\x00\x00 committee chairman of the Syrian National Coalition and his deputy",
    "Officials of the Department of Homeland Security and Immigration and Customs Enforcement",
])
def test_left_speaker_reads_past_the_near_words_when_the_phrase_is_long(head) -> None:
    text = "Meanwhile, on a long and busy day, " + head + " has also said"
    span = left_speaker(text, 0, _cue(text))
    assert isinstance(span, tuple) and text[span[0]:span[1]].endswith(head.split()[-1])


@pytest.mark.parametrize("head", [
    "Jane Roe, who ran in 2012, has also said",
    "Jane Roe (D-Ill.) last week said",
    "Jane Roe (D-Ill.), ",
    "Jane Roe, WHO has repeatedly ",
    "The mayor on Tuesday morning ",
    "He previously ",
    "She bluntly",
])
def test_prefilters_before_a_cue_miss_no_match(head) -> None:
    from analysis.speakers import (_AUX_BEFORE_CUE, _AUX_ENDINGS, _PAREN_TAIL, _RELATIVE_CUE,
                                   _TIME_BEFORE_CUE, _TIME_ENDINGS, _before_cue, _ends_in_paren)

    for lo in range(len(head) + 1):
        for end in range(lo, len(head) + 1):
            for pattern, endings in ((_AUX_BEFORE_CUE, _AUX_ENDINGS), (_TIME_BEFORE_CUE, _TIME_ENDINGS)):
                m = pattern.search(head, max(lo, end - 40), end)
                assert _before_cue(pattern, endings, head, lo, end) == (m.start() if m else None)
        part = head[lo:]
        assert _PAREN_TAIL.search(part) is None or _ends_in_paren(part)
        assert _RELATIVE_CUE.search(part) is None or "who" in part.lower()
    from analysis.speakers import _ADVERB_BEFORE_CUE, _aux_before, _time_before
    from analysis.cues import AUX_ADV

    for lo in range(len(head) + 1):
        for end in range(lo, len(head) + 1):
            m = _AUX_BEFORE_CUE.search(head, max(lo, end - 40), end)
            assert _aux_before(head, lo, end) == (m.start() if m else None)
            m = _TIME_BEFORE_CUE.search(head, max(lo, end - 40), end)
            time = m.start() if m else None
            if time is None:
                adverb = _ADVERB_BEFORE_CUE.search(head, max(lo, end - 16), end)
                if adverb is not None and adverb.group(1).lower() in AUX_ADV:
                    m = _TIME_BEFORE_CUE.search(head, max(lo, adverb.start() - 40), adverb.start())
                    time = m.start() if m else None
            assert _time_before(head, lo, end) == time


@pytest.mark.parametrize("text, expected", [
    ("Other websites are geared up for enthusiasts", "enthusiasts"),
    ("The classes were set up for fans", "fans"),
    ("It was a warm-up for fans", "a warm-up for fans"),
    ("a spokesman for the campaign", "a spokesman for the campaign"),
])
def test_a_verbs_particle_before_for_heads_no_phrase(text: str, expected: str) -> None:
    assert _left_phrase(text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("CONTROVERSIES AND OTHER GAFFES Three people have refused", "Three people"),
    ("KILLED IN DEADLY ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan said",
     "Turkish President Recep Tayyip Erdogan"),
    # acronyms before a name are part of its phrase
    ("London UKIP MEP Gerard Batten said", "London UKIP MEP Gerard Batten"),
    ("The OPEC oil minister said", "The OPEC oil minister"),
])
def test_a_heading_in_capitals_ends_the_phrase(text: str, expected: str) -> None:
    cue = "have refused" if "refused" in text else "said"
    assert _left_phrase(text, _cue(text, cue)) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun after an article or an owner is no verb
    ("A day ahead of the report, Mr Kennedy used a speech", "Mr Kennedy"),
    ("Since Clinton's op-ed supporting biofuels in May, she's tacked to the left", "she"),
    ("When Mr. Rubio did take Mr. Trump on, he did it sideways", "he"),
    ("Bernie Sanders and Ted Cruz both campaigned hard in Arizona", "Bernie Sanders and Ted Cruz"),
    # a plural after an adjective is a noun
    ("Trump's congressional allies have been trying to shore up support", "Trump's congressional allies"),
    ("Several environmental groups have been critical", "Several environmental groups"),
    # a noun with an adjective's ending may be a subject
    ("An official says the plan failed", "An official"),
    # a plural before its verb is a noun ending the subject
    ("For the second night, party supporters gathered in front of the headquarters", "party supporters"),
    ("Establishment Republicans and their big-money allies are rushing to build a defense",
     "Establishment Republicans and their big-money allies"),
])
def test_main_subject_skips_nouns_and_an_opening_subordinate_clause(text: str, expected: str) -> None:
    span = main_subject(text, 0, len(text))
    assert isinstance(span, tuple) and text[span[0]:span[1]] == expected


@pytest.mark.parametrize("text, expected", [
    (" Deputy Prime Minister Abdullatif Sener earlier this month.", "Deputy Prime Minister Abdullatif Sener"),
    (" Jane Roe last week.", "Jane Roe"),
    (" Jane Roe yesterday.", "Jane Roe"),
    (" Jane Roe afterwards.", "Jane Roe"),
    (" earlier this month.", None),
])
def test_right_speaker_ends_before_a_time(text: str, expected: str | None) -> None:
    got = right_speaker(text, 0, len(text))
    assert (text[got[0][0]:got[0][1]] if got else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Stem cells can turn into any tissue of the body and researchers", "researchers"),
    ("The US dollar has hit a new record low against the euro and analysts", "analysts"),
    # after "with", the phrase is one: "with many marchers and spectators chanting"
    ("The parade went on with many marchers and spectators", "many marchers and spectators"),
])
def test_a_plural_after_and_is_the_subject_after_a_governed_phrase(text: str, expected: str) -> None:
    assert _left_phrase(text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("World Anti-Doping Agency (WADA) chief Dick Pound says", "World Anti-Doping Agency (WADA) chief Dick Pound"),
    ("Past Congressional Budget Office (CBO) forecasts said", "Past Congressional Budget Office (CBO) forecasts"),
])
def test_an_acronym_in_brackets_inside_the_phrase_is_read_past(text: str, expected: str) -> None:
    cue = "says" if text.endswith("says") else "said"
    assert _left_phrase(text, _cue(text, cue)) == expected


@pytest.mark.parametrize("text, expected", [
    # "ally", "family", "rally" are nouns, not adverbs before a verb
    ("Chancellor Gordon Brown's closest ally has", "Chancellor Gordon Brown's closest ally"),
    ("The family has", "The family"),
    # a list inside an institution's name
    ("A spokesman for the Department for Culture, Media and Sport",
     "A spokesman for the Department for Culture, Media and Sport"),
    # a list of places is no such name
    ("Officials in Leeds, London and Paris", "London and Paris"),
])
def test_nouns_in_ly_and_lists_inside_names(text: str, expected: str) -> None:
    assert _left_phrase(text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a report or an inquiry on or into its subject speaks, not the subject
    ("A report on the experiment", "A report on the experiment"),
    ("An investigation into the crash", "An investigation into the crash"),
    ("A National Audit Office report on the 20 biggest projects",
     "A National Audit Office report on the 20 biggest projects"),
    # "on" after any other noun links nothing (a role or people before it: see the next test)
    ("Talks on the council", "the council"),
])
def test_an_inquiry_on_or_into_its_subject_heads_the_phrase(text: str, expected: str) -> None:
    assert _left_phrase(text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a role or people placed by a preposition head the phrase
    ("Officials on the council", "Officials on the council"),
    ("The referee from Saturday's match", "The referee from Saturday's match"),
    ("Advisers to the president", "Advisers to the president"),
    ("The ambassador to Russia", "The ambassador to Russia"),
    # not a thing before it, nor an infinitive after "to", nor a participle's object before it
    ("bets on fund managers", "fund managers"),
    ("It is quicker for people to download movies", "download movies"),
    ("Parties are wooing older voters with both the Tories", "both the Tories"),
])
def test_a_role_placed_by_a_preposition_heads_the_phrase(text: str, expected: str) -> None:
    assert _left_phrase(text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # who acts "on behalf of" a body heads the phrase
    ("A report issued on Tuesday on behalf of a panel", "A report issued on Tuesday on behalf of a panel"),
    ("A lawyer on behalf of the family", "A lawyer on behalf of the family"),
    # a word after a modal is a verb, not part of the phrase after it
    ("The government should recognise shortcomings of the review", "shortcomings of the review"),
    ("Could any rational person", "any rational person"),
])
def test_on_behalf_of_and_a_modal_bound_the_phrase(text: str, expected: str) -> None:
    assert _left_phrase(text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (", said the leaflet published jointly by the prosecutors.", "the leaflet"),
    (", said the report released on Tuesday by the ministry.", "the report"),
])
def test_right_speaker_a_document_before_its_participle(text: str, expected: str) -> None:
    found = right_speaker(text, 6, len(text))
    assert found is not None and text[found[0][0]:found[0][1]] == expected



@pytest.mark.parametrize("text, expected", [
    # a participle that governs the phrase after it like a preposition is no part of the speaker's
    ("other speakers, including Labour backbencher Gwyneth Dunwoody", "Labour backbencher Gwyneth Dunwoody"),
    ("ads featuring Hispanics", "Hispanics"),
    ("house prices, reflecting recent Land Registry figures", "recent Land Registry figures"),
])
def test_a_governing_participle_opens_no_speaker_phrase(text: str, expected: str) -> None:
    assert _left_phrase(text, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ('"It is bad," said Swiss Re.', "Swiss Re"),
    ('"It is bad," said the DJ.', "the DJ"),
    ('"It is bad," said a spokesman for Acme Co.', "a spokesman for Acme Co."),
    ('"It is bad," said John Roe Jr.', "John Roe Jr."),
    ('"It is bad," said Jane Ore.', "Jane Ore"),
])
def test_right_speaker_leaves_the_sentence_period_out_but_keeps_an_abbreviation(text: str, expected: str) -> None:
    got = right_speaker(text, _cue(text) + 4, len(text))
    assert got is not None and text[got[0][0]:got[0][1]] == expected


def test_right_speaker_takes_no_reason_clause_for_an_appositive() -> None:
    text = "It offers value, says the BBC, because it gives people more control."
    got = right_speaker(text, _cue(text, "says") + 4, len(text))
    assert got is not None and text[got[0][0]:got[0][1]] == "the BBC" and got[1] is None


@pytest.mark.parametrize("text, phrase, expected", [
    ("Sen. Lindsey Graham, R-S.C., a candidate, said", "R-S.C.", True),
    ("Donna Roe, 59, of Ashton, Md., who watched", "Md.", True),
    ("Rachel Berg, a philanthropist from Monsey, New York, said", "New York", True),
    ("The chief executive of Acme, Jane Roe, said", "Jane Roe", False),
    ("The head of Acme, Mr Roe, said", "Mr Roe", False),
    ("In Brooklyn, Clinton said", "Clinton", False),
])
def test_place_after_comma_is_a_place_or_a_party_tag_not_a_name(text: str, phrase: str, expected: bool) -> None:
    start = text.index(phrase)
    assert place_after_comma(text, 0, (start, start + len(phrase))) is expected


@pytest.mark.parametrize("text, cue, expected", [
    ("Stacy Baker of Columbia, South Carolina says", "says", "Stacy Baker of Columbia, South Carolina"),
    ("Most voters in Alabama, Georgia and Virginia said", "said", "Most voters in Alabama, Georgia and Virginia"),
    ("The unnamed woman from Georgia says", "says", "The unnamed woman from Georgia"),
    ("A statement from Chelsea said", "said", "A statement from Chelsea"),
    # a clause, or a fronted phrase, ends before the subject
    ("aid will not take relief from Africa, Prime Minister Tony Blair has promised", "promised",
     "Prime Minister Tony Blair"),
    ("In Brooklyn, Clinton said", "said", "Clinton"),
    ("In Ohio, Roe and Doe said", "said", "Roe and Doe"),
    ("The deal drew criticism from Democrats said", "said", "Democrats"),
])
def test_speakers_left_phrase_reads_where_a_group_or_person_is_from(text: str, cue: str, expected: str) -> None:
    assert _left_phrase(text, _cue(text, cue)) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("Obama in his speech said", "said", "Obama"),
    ("Trump in his announcement speech called", "called", "Trump"),
    ("Jane Roe at her rally on Tuesday said", "said", "Jane Roe"),
    ("People in their homes said", "said", "People in their homes"),
])
def test_speakers_left_phrase_skips_an_adjunct_between_subject_and_cue(text: str, cue: str, expected: str) -> None:
    assert _left_phrase(text, _cue(text, cue)) == expected


@pytest.mark.parametrize("text, dateline", [
    ("WASHINGTON -- President Obama, dedicating the museum, said", "WASHINGTON -- "),
    ("JERUSALEM - Israeli Prime Minister Benjamin Netanyahu will meet Roe.", "JERUSALEM - "),
    ("New York (AFP) – The same frustration was felt, Roe warned.", "New York (AFP) – "),
    ("EADS - Airbus' majority owner - admitted the project was over budget.", None),
    ("GOP front-runner Donald Trump - who said he would win - spoke.", None),
])
def test_dateline_end_is_a_place_in_capitals_or_with_a_wires_credit(text: str, dateline: str | None) -> None:
    end = dateline_end(text, 0, len(text))
    assert (text[:end] if end is not None else None) == dateline


@pytest.mark.parametrize("text, expected", [
    # "and" after a preposition's object, and a quantified group: a clause of its own
    ("Shares tumbled on the news and many market observers said", "many market observers"),
    ("The firm faces claims for taxes and fines and 40% of investors said", "40% of investors"),
    # one name, or a group not quantified: the whole phrase
    ("A report by the Organisation for Economic Co-operation and Development said",
     "the Organisation for Economic Co-operation and Development"),
    ("Shares fell on the news and market observers said", "the news and market observers"),
])
def test_speakers_and_after_a_prepositions_object_opens_a_clause(text: str, expected: str) -> None:
    span = left_speaker(text, 0, _cue(text))
    assert isinstance(span, tuple) and text[span[0]:span[1]] == expected
