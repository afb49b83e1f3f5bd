"""Speaker resolution rules: who "he", "she" and a bare surname stand for."""

from __future__ import annotations

import pytest

from analysis.attribute import attribute
from analysis.coref import (
    Entity,
    EntityTracker,
    clean_name_tokens,
    gender_of_name,
    gender_of_title,
    given_names,
    is_org_name,
    name_key,
    name_mentions,
    one_spelling,
    sentence_starts,
)
from analysis.models import Article, Attribution
from analysis.segment import segment


def _speaker_of(text: str, mention: str) -> str:
    """The resolved speaker of the (last) attribution whose mention is ``mention``."""
    found = [a for a in attribute(segment(Article(id="t", text=text))) if a.mention == mention]
    assert found, f"no attribution with mention {mention!r}"
    return found[-1].speaker


def test_given_name_list_is_shipped_with_genders():
    names = given_names()
    assert len(names) > 1000
    assert set(names.values()) <= {"m", "f", "u"}
    assert (gender_of_name("Hillary"), gender_of_name("Donald"), gender_of_name("Lee")) == ("f", "m", None)


@pytest.mark.parametrize(("words", "gender"), [
    ("Mrs. Clinton", "f"), ("Mr. Trump", "m"), ("spokeswoman", "f"), ("Sen.", None),
    # "chairman" is the title of women too ("Police Federation chairman Jan Berry ... she said")
    ("Police Federation chairman", None)])
def test_gender_of_title_reads_courtesy_titles_and_gendered_roles(words, gender):
    assert gender_of_title(words) == gender


@pytest.mark.parametrize(("tokens", "name"), [
    (["Like", "Corker"], ["Corker"]),
    (["To", "Sexton"], ["Sexton"]),
    (["Entrusting", "Donald", "Trump"], ["Donald", "Trump"]),
    (["Media", "Research", "Center’s", "Bozell"], ["Bozell"]),
    (["Sanders", "hasn't"], ["Sanders"]),
    (["Massachusetts", "Sen.", "Elizabeth", "Warren"], ["Elizabeth", "Warren"]),
    (["Fox", "News", "Bret", "Baier"], ["Bret", "Baier"]),
])
def test_name_cleaning_drops_glued_words_titles_and_possessive_owners(tokens, name):
    assert clean_name_tokens(tokens)[0] == name


def test_name_cleaning_drops_a_sentence_initial_word_the_article_writes_in_lower_case():
    assert clean_name_tokens(["Continued", "Stone"], vocabulary=frozenset({"continued"}))[0] == ["Stone"]


@pytest.mark.parametrize(("tokens", "name"), [
    (["Downing", "Street"], ["Downing", "Street"]),
    (["United", "States"], ["United", "States"]),
    (["World", "Bank"], ["World", "Bank"]),
    (["Financial", "Times"], ["Financial", "Times"]),
    (["Leading", "Democrats"], ["Democrats"]),
    (["Air", "Deccan"], ["Air", "Deccan"]),
    (["Continued", "Stone"], ["Stone"]),
])
def test_name_cleaning_keeps_the_first_word_of_a_place_or_a_body(tokens, name):
    vocabulary = frozenset({"world", "financial", "continued", "air"})  # words the article also writes in lower case
    assert clean_name_tokens(tokens, vocabulary=vocabulary)[0] == name


@pytest.mark.parametrize(("tokens", "org"), [
    (["Trump", "National", "Doral"], True), (["Southern", "District"], True), (["GOP"], True),
    (["Hope", "Hicks"], False)])
def test_organisation_words_and_acronyms_mark_a_name_as_not_a_person(tokens, org):
    assert is_org_name(tokens) is org


def test_names_inside_quotations_are_not_read():
    text = 'Jane Roe said, "Bill Smith is wrong."'
    masked = text[:15] + "\x00" * 19 + text[34:]
    assert [m.name for m in name_mentions(text, masked)] == ["Jane Roe"]


def test_paragraph_break_counts_as_an_extra_sentence():
    starts = sentence_starts("One here. Two there.\n\nThree.")
    assert starts == [0, 9, 22, 22]


@pytest.mark.parametrize(("text", "expected"), [
    # Capitalised phrases that are not people are never the antecedent of "he"/"she".
    ("Ben Brafman spoke in court. The case went to the Southern District. "
     "He said the case was unusual.", "Ben Brafman"),
    ("Maureen Sherry worked on the Bear Stearns trading floor. "
     "She said the antics were tolerable.", "Maureen Sherry"),
    ("Michelle F. Tanzer is a Boca Raton lawyer. She said the industry was doing better.",
     "Michelle F. Tanzer"),
])
def test_pronoun_skips_places_and_organisations(text, expected):
    assert _speaker_of(text, text.split(".")[-2].split()[0]) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Hillary Clinton hit Bernie Sanders on guns, and she said the plan was weak.", "she",
     "Hillary Clinton"),
    ("Donald Trump thanked his spokeswoman, Hope Hicks, and his son. He said it was great.", "He",
     "Donald Trump"),
    ("Ms. Sherry met Mr. Dole on Monday. She said the talks went well.", "She", "Sherry"),
])
def test_pronoun_agrees_in_gender_with_given_name_and_title(text, mention, expected):
    assert _speaker_of(text, mention) == expected


def test_pronoun_gender_is_fixed_by_an_earlier_pronoun():
    tracker = EntityTracker.for_article("Kim Lee arrived. Pat Roe left early.")
    first = tracker.resolve_pronoun("she", at=36)
    assert first is not None and first.gender == "f"
    assert tracker.resolve_pronoun("he", at=37) is not first


def test_pronoun_prefers_the_last_speaker_over_a_name_in_passing():
    text = ('"We won the vote," Jane Roe said of a list that included Ann Poe and Mary Dunn. '
            'She said the count was fair.')
    assert _speaker_of(text, "She") == "Jane Roe"


def test_pronoun_prefers_the_subject_over_an_object_of_the_previous_sentence():
    text = ("During the 2012 election, John Doe largely ran on the economy and accused Bill Smith "
            "of bungling it. He said that he would cut taxes.")
    assert _speaker_of(text, "He") == "John Doe"


def test_pronoun_prefers_the_main_clause_subject_over_a_subordinate_one():
    text = ('When Ann Poe pointed out the cost, Jane Roe seized on it. "It is too much," she said.')
    assert _speaker_of(text, "she") == "Jane Roe"


def test_name_quoted_by_a_speaker_is_not_an_antecedent():
    text = ('Liz Dunn won the primary. "Hillary Clinton represents the same failed policies," '
            'she said.')
    assert _speaker_of(text, "she") == "Liz Dunn"


def test_narration_pronouns_carry_salience_along_a_chain():
    text = ("Joseph R. Murray II later came out as gay. He married last year and counts himself a "
            "Donald Trump supporter. He recently wrote a column. "
            '"The politics are just so blatant," he said.')
    assert _speaker_of(text, "he") == "Joseph R. Murray II"


@pytest.mark.parametrize("text", [
    "Roberta A. Kaplan invoked history. \"There can't be separate but equal marriage,\" she told Reeves.",
    "Jane Roe spoke. According to him, the town fell.",
])
def test_pronoun_is_resolved_or_kept_but_never_left_as_a_capitalised_fragment(text):
    for a in attribute(segment(Article(id="t", text=text))):
        assert a.speaker not in ("The", "Three", "There")


def test_object_pronoun_mention_is_resolved():
    text = "Jorge Ramos crossed the border. According to him, the network censured his report."
    found = [a for a in attribute(segment(Article(id="t", text=text))) if a.mention == "him"]
    assert not found or found[0].speaker == "Jorge Ramos"


@pytest.mark.parametrize(("text", "expected"), [
    ("Like Corker, Bob Menendez rejected it. Bob Corker spoke. Later Corker said he was careful.",
     "Bob Corker"),
    ("Roger Stone spoke.\n\nContinued Stone: \"It is a very real problem,\" he said. "
     "He continued talking.", "Roger Stone"),
])
def test_surname_drops_glued_sentence_initial_words(text, expected):
    speakers = {a.speaker for a in attribute(segment(Article(id="t", text=text)))}
    assert expected in speakers and not any(s.startswith(("Like ", "Continued ")) for s in speakers)


def test_surname_links_to_a_person_not_an_organisation_containing_it():
    text = ("The Trump National Doral resort hosted the event. Donald Trump owns it. "
            '"They are moving it to Mexico," Trump said.')
    assert _speaker_of(text, "Trump") == "Donald Trump"


def test_surname_alone_resolves_to_the_full_name_named_before():
    text = "Rami Abdel Rahman spoke first. Abdel Rahman said the town fell."
    assert _speaker_of(text, "Abdel Rahman") == "Rami Abdel Rahman"


def test_sentence_initial_common_noun_speaker_is_not_a_person():
    text = ("Ted Cruz spoke in July. Some delegates left. Delegates questioned the pledge. "
            '"The day that was abrogated was the day this became personal," he said.')
    assert _speaker_of(text, "he") == "Ted Cruz"


def test_article_vocabulary_agrees_with_the_lower_case_word_set():
    from analysis.coref import ArticleVocabulary, lower_case_words

    text = ("Continued talks went on; the co-chair's aide didn't say. Officials said it's 'fine'.\n"
            "Rock'n'roll ex-wife re-elected -continued talks_x u.s")
    vocab = ArticleVocabulary(text)
    words = lower_case_words(text)
    probes = set(words) | {"continued", "chair", "co", "officials", "u.s", "x", "talks_x", "", "Talks",
                           "n'roll", "elected", "wife", "fine"}
    assert {w for w in probes if w in vocab} == {w for w in probes if w in words}


def test_subject_pronoun_pattern_matches_he_or_she_at_a_word_start():
    import re

    from analysis.coref import _subject_pronoun_starts

    text = "He said. she left. ashe went. Ahe x. She Went. he's. The he went, she\nwent; she x"
    plain = re.compile(r"\b(?:[Hh]e|[Ss]he) (?=[a-z])")
    assert _subject_pronoun_starts(text) == [m.start() for m in plain.finditer(text)]


@pytest.mark.parametrize(("text", "names"), [
    ("Trump's aide left.", [("Trump", True)]),
    ("The Sen. met GOP aides.", []),
    ("They met Clinton.", [("Clinton", False)]),
    ("Like Sen. Ted Cruz's aide, Hope\u00a0Hicks left.", [("Ted Cruz", True), ("Hope Hicks", False)]),
])
def test_name_mentions_read_each_run_of_capitalised_words(text, names):
    assert [(m.name, m.possessive) for m in name_mentions(text)] == names


@pytest.mark.parametrize("text, expected", [
    ("Winn-Dixie said the stores would close. It said the staff would be paid.", "Winn-Dixie"),
    ("Jeff Smith said the deal was done. It said the market was up.", "It"),
    ("President Chavez said the contracts were void. It said the mines would be sold.", "It"),
])
def test_it_stands_for_a_one_word_name_with_no_sign_of_a_person(text: str, expected: str) -> None:
    assert _speaker_of(text, "It") == expected


_DEFERRED_TEXTS = [
    "Tony Blair spoke. Mr Blair said the plan works. Officials said it would not.",
    "Texas Judge Letitia Clark said Yukos must wait. Clark said so again.",
    "Japan's Sumitomo Mitsui Financial said it would bid. Sumitomo said no more.",
    "The OECD said growth slowed. Treasurer Peter Costello said it would not. Costello left.",
    "Bashar al-Assad spoke. Assad said the war was over. Ludwig van Beethoven wrote. Beethoven said.",
    "Hillary Clinton arrived. Hillary said she was glad. Clinton's aide, Jane Roe, said so.",
    "John Smith Jr. said it. Smith said again. Martin Luther King Jr. spoke; King said.",
]


@pytest.mark.parametrize("text", _DEFERRED_TEXTS)
def test_deferred_tracker_answers_as_the_tracker_read_up_front(text):
    from analysis.coref import DeferredTracker

    names = sorted({m.name for m in name_mentions(text)} | {
        w.strip(".,;'’s") for w in text.split() if w[:1].isupper()} | {"Mr Blair", "King", "al-Assad"})
    for name in names:
        for at in (0, len(text) // 2, len(text)):
            eager = EntityTracker.for_article(text).resolve_name(name, at=at)
            lazy = DeferredTracker(text).resolve_name(name, at=at)
            assert (lazy and lazy.name) == (eager and eager.name), (name, at)


def test_deferred_tracker_replays_the_speakers_added_before_it_reads_the_article():
    from analysis.coref import DeferredTracker

    text = "Officials spoke. Jane Roe said it works. Roe said again. She said more."
    eager, lazy = EntityTracker.for_article(text), DeferredTracker(text)
    for tracker in (eager, lazy):
        tracker.add("Officials", kind="group", at=0)
        tracker.add("Jane Roe", kind="person", at=17)
    assert lazy.resolve_name("Roe", at=40).name == eager.resolve_name("Roe", at=40).name == "Jane Roe"
    assert [(e.name, e.events) for e in lazy.tracker.entities] == [(e.name, e.events) for e in eager.entities]


def test_deferred_tracker_reads_no_article_for_names_no_person_can_end_with():
    from analysis.coref import DeferredTracker

    lazy = DeferredTracker("The OECD said growth slowed. Experts said in 2004. Experts believe it.")
    assert lazy.resolve_name("OECD", at=30) is None and lazy.resolve_name("Experts") is None
    assert lazy._tracker is None


def test_deferred_tracker_answers_a_surname_one_person_bears_without_reading_the_article():
    from analysis.coref import DeferredTracker

    text = "Tony Blair spoke. Blair said the plan works. Mr Blair said so again. He left."
    eager, lazy = EntityTracker.for_article(text), DeferredTracker(text)
    for tracker in (eager, lazy):
        tracker.add("Tony Blair", kind="person", speaker_type="government", at=0)
    first = lazy.resolve_name("Blair", at=18)
    assert (first.name, first.type) == ("Tony Blair", "government") and lazy._tracker is None
    lazy.add("Tony Blair", kind="person", at=18, entity=first)
    eager.add("Tony Blair", kind="person", at=18, entity=eager.resolve_name("Blair", at=18))
    assert lazy.resolve_name("Mr Blair", at=46).name == "Tony Blair" and lazy._tracker is None
    assert lazy.resolve_pronoun("he", at=70).name == eager.resolve_pronoun("he", at=70).name
    assert [(e.name, e.events) for e in lazy.tracker.entities] == [(e.name, e.events) for e in eager.entities]


def test_deferred_tracker_reads_the_article_when_a_speaker_may_be_another_person_of_the_name():
    from analysis.coref import DeferredTracker

    lazy = DeferredTracker("Tony Blair spoke. Cherie Blair spoke. Blair said so.")
    assert lazy.resolve_name("Blair", at=38).name == "Cherie Blair" and lazy._tracker is not None
    lazy = DeferredTracker("Tony Blair spoke. Blair said so.")
    lazy.add("Cherie Blair", kind="person", at=10)
    assert lazy.resolve_name("Blair", at=18).name == "Cherie Blair" and lazy._tracker is not None


def test_deferred_tracker_reads_no_article_for_pronouns_that_name_nobody():
    from analysis.coref import DeferredTracker

    lazy = DeferredTracker("Jane Roe spoke. 'I agree,' I said. You said so.")
    assert lazy.resolve_pronoun("I", at=26) is None and lazy.resolve_pronoun("you", at=36) is None
    assert lazy._tracker is None
    assert lazy.resolve_pronoun("she", at=36).name == "Jane Roe"


@pytest.mark.parametrize("run", ["Blair", "Senator", "Van", "The", "Tony Blair", "Mr Blair", "Del Monte"])
def test_run_parts_of_a_plain_run_match_the_general_reading(run):
    from analysis.coref import _add_part, _run_parts, _run_words

    parts: list = []
    _add_part(_run_words(run), parts)
    assert _run_parts(run) == tuple(parts)


@pytest.mark.parametrize("phrase", [
    "Syrian president Bashar Assad", "the  spokesman  Jane Roe", "undecided voter Jane Roe",
    "Sen. Ted Cruz", "47% of voters", "one in four", "O'Brien", "state media and officials", "  ",
])
def test_split_role_reads_letters_and_spaces_as_the_token_pattern_does(phrase):
    from analysis.cues import TOKEN_RE
    from analysis.resolve import _word_tokens

    tokens = [(m.group(), m.start()) for m in TOKEN_RE.finditer(phrase) if m.group()[0].isalnum()]
    words, starts = _word_tokens(phrase)
    assert list(zip(words, starts)) == tokens


@pytest.mark.parametrize("text, span, expected", [
    ("Like Corker, he spoke.", (0, 11), (5, 11)),
    ("The Center's  Bozell said so.", (4, 20), (14, 20)),
    ("Jane Roe said so.", (0, 8), (0, 8)),
    ("the senator said so.", (0, 11), (0, 11)),
])
def test_clean_span_drops_glued_words_and_owners(text, span, expected):
    from analysis.resolve import _clean_span

    assert _clean_span(text, *span) == expected


@pytest.mark.parametrize("phrase, role, name", [
    ("retail analyst Nick Bubb of Evolution Securities", "retail analyst of Evolution Securities", "Nick Bubb"),
    ("Aviation analyst Nick Van den Brul of BNP Paribas", "Aviation analyst of BNP Paribas", "Nick Van den Brul"),
    ("Secretary of State John Kerry", "Secretary of State", "John Kerry"),
    ("Chancellor of the Exchequer Gordon Brown", "Chancellor of the Exchequer", "Gordon Brown"),
    ("the US Department of Justice", None, "US Department of Justice"),
    ("The Motion Picture Association of America", None, "Motion Picture Association of America"),
    # ranks of the police and the forces are titles
    ("Detective Inspector Paul Miller of Thames Valley Police", "Detective Inspector of Thames Valley Police",
     "Paul Miller"),
    ("Chief Constable Paul Miller", "Chief Constable", "Paul Miller"),
    ("Captain Fabien Pelous", "Captain", "Fabien Pelous"),
    # where one is from is a role
    ("Tunisian-born Abdellatif Kechiche", "Tunisian-born", "Abdellatif Kechiche"),
    # a mood is no part of the name, nor a role
    ("An angry Beattie", None, "Beattie"),
    ("a delighted Jose Mourinho", None, "Jose Mourinho"),
    # nor an adjective before an institution's name
    ("the independent Institute for Fiscal Studies", None, "Institute for Fiscal Studies"),
    ("the nonpartisan Congressional Budget Office", None, "Congressional Budget Office"),
    # a role in the plural, a field or a sport's role before a name
    ("analysts Jupiter Research", "analysts", "Jupiter Research"),
    ("market analysts Chart-Track", "market analysts", "Chart-Track"),
    ("neuroscientist Baroness Greenfield", "neuroscientist Baroness", "Greenfield"),
    ("referee Honiss", "referee", "Honiss"),
    # a description before a person's name that opens with a given name
    ("fellow Tory David Heathcoat-Amory", "fellow Tory", "David Heathcoat-Amory"),
    ("backbench Labour MP Karen Buck", "backbench Labour MP", "Karen Buck"),
    # a hyphenated word describes as a plain one does
    ("Republican front-runner Donald Trump", "Republican front-runner", "Donald Trump"),
    ("Wales fly-half Stephen Jones", "Wales fly-half", "Stephen Jones"),
    ("62-year-old Brenda Johnson", "62-year-old", "Brenda Johnson"),
    ("the conservative-leaning Tax Foundation", None, "Tax Foundation"),
    # a group stays whole: the words are no mood, the name is none of a person or institution
    ("senior Tories", None, "senior Tories"),
    ("supporters of Democrat Hillary Clinton", None, "supporters of Democrat Hillary Clinton"),
    ("brothers John", None, "brothers John"),
    ("court documents reviewed by The Post", None, "court documents reviewed by The Post"),
    # a title inside a capitalised run, before a given name or a name of two words
    ("Foreign Secretary Jack Straw", "Foreign Secretary", "Jack Straw"),
    ("California Rep. Jared Huffman", "California Rep.", "Jared Huffman"),
    # a title, then a name of two words that opens with no known given name
    ("Economic and Fiscal Policy Minister Heizo Takenaka", "Economic and Fiscal Policy Minister", "Heizo Takenaka"),
    ("Suffolk Chief Constable Alastair McWhirter", "Suffolk Chief Constable", "Alastair McWhirter"),
    # a courtesy title between the role and the name is neither
    ("Manchester United manager Sir Alex Ferguson", "Manchester United manager", "Alex Ferguson"),
    ("Health Secretary Dr John Reid", "Health Secretary", "John Reid"),
    ("Tory peer Lord Tebbit", "Tory peer", "Tebbit"),
    # a reflexive pronoun after the name is no part of it
    ("Henson himself", None, "Henson"),
    ("the WTO itself", None, "WTO"),
    # a role for a person or with a body is the holder's, not the name's
    ("A spokesman for Michael Howard", None, "spokesman for Michael Howard"),
    ("Strategists for Barack Obama", None, "Strategists for Barack Obama"),
    ("supporters of Hillary Clinton", None, "supporters of Hillary Clinton"),
    # but a document by a person is the person's
    ("an analysis by Lee Epstein", None, "Lee Epstein"),
    # a thing before the name, where a comma is missing, is no role; a title before it stays
    ("the initiative Mr Clarke", "Mr", "Clarke"),
    ("The memory Gordon Brown", None, "Gordon Brown"),
    ("the questions Jimmy Connors", None, "Jimmy Connors"),
    ("the Tory leader Michael Howard", "Tory leader", "Michael Howard"),
    ("a fellow Tory David Davis", "fellow Tory", "David Davis"),
    ("The Guardian's film critic Peter Bradshaw", "Guardian's film critic", "Peter Bradshaw"),
    # a courtesy title and a surname, then where the person works
    ("Mr. Morgan of the Sierra Club", "the Sierra Club", "Mr. Morgan"),
    # an age before the name is a role, and so is a position on the field
    ("19-year-old Simpson", "19-year-old", "Simpson"),
    ("Leicester wing Austin Healey", "Leicester wing", "Austin Healey"),
    # a title with "to" before the name, as with "of"
    ("Chief Secretary to the Treasury Paul Boateng", "Chief Secretary to the Treasury", "Paul Boateng"),
    ("the 74-year-old comedian Ronnie Corbett", "74-year-old comedian", "Ronnie Corbett"),
])
def test_split_role_reads_a_name_before_or_after_of(phrase: str, role: str | None, name: str) -> None:
    from analysis.resolve import split_role

    got_role, (start, end) = split_role(phrase, 0, len(phrase))
    assert (got_role, phrase[start:end]) == (role, name)


@pytest.mark.parametrize(("text", "speaker"), [
    ("James Beattie was sent off. An angry Beattie said: \"It was no headbutt.\"", "James Beattie"),
    ("Greg Rusedski lost in Delray Beach. A furious Rusedski said the umpire was wrong.", "Greg Rusedski"),
    ("Paul Honiss took charge. At half-time, referee Honiss told the skipper to warn his players.",
     "Paul Honiss"),
])
def test_a_mood_or_role_before_a_surname_leaves_the_surname_to_resolve(text: str, speaker: str) -> None:
    assert [r.speaker for r in _records(text)] == [speaker]


def test_a_month_after_a_given_name_is_a_surname_and_a_party_is_no_person():
    assert not is_org_name(["Theresa", "May"])
    assert is_org_name(["May", "Day"]) and is_org_name(["Conservatives"]) and is_org_name(["Tories"])
    assert is_org_name(["Labour"]) and is_org_name(["Lib", "Dems"]) and is_org_name(["Hamas"])


def test_he_after_a_party_credited_is_the_person_not_the_party() -> None:
    text = ("Labour insists the poster is simply anti-Tory. Labour later took the image off its website. "
            "Oliver Letwin said the government had failed. New Labour had failed on discipline, he went on.")
    assert [r.speaker for r in _records(text) if r.mention == "he"] == ["Oliver Letwin"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("John Smith met the press. After meeting Tony Blair, he said the plan was bad.", "John Smith"),
    ("Rick Parry spoke at Anfield. And responding to criticism from pundit Alan Hansen, he insisted "
     "talks were going on.", "Rick Parry"),
    # the pronoun inside the phrase is the speaker's own
    ("Melania Trump met Matt Lauer. Asked by Lauer whether she had practised, she said she had.", "Melania Trump"),
])
def test_a_pronoun_after_an_opening_participle_phrase_is_not_the_name_in_it(text: str, speaker: str) -> None:
    assert _he_or_she_speakers(text) == [speaker]


def _it_after(credited: str) -> str | None:
    """Whom "it" stands for after ``credited`` was credited as a group's speaker, or ``None``."""
    text = f"{credited} spoke first. The plan would fail, it said."
    tracker = EntityTracker.for_article(text)
    tracker.add(credited, kind="group", at=0)
    found = tracker.resolve_pronoun("it", at=text.index("it said"))
    return found.name if found else None


def _records(text: str) -> list[Attribution]:
    """The attributions of ``text`` read as one article."""
    return attribute(segment(Article(id="x", text=text)))


def _he_or_she_speakers(text: str) -> list[str]:
    """The speakers credited to "he" or "she" in ``text``."""
    return [r.speaker for r in _records(text) if r.mention.lower() in ("he", "she")]


@pytest.mark.parametrize(("place", "speaker"), [
    ("Guantanamo Bay", None),
    ("Lake Geneva", None),
    # a body named by its street, a country and a company do speak
    ("Downing Street", "Downing Street"),
    ("France", "France"),
    ("Nokia", "Nokia"),
])
def test_it_stands_for_no_bay_or_lake(place: str, speaker: str | None) -> None:
    assert _it_after(place) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("IBM won more patents than any other firm, the New York Times reports.", "New York Times"),
    ("The New Hampshire Union Leader said the senator had been rocked.", "New Hampshire Union Leader"),
    ("The New Zealander said a deal was close.", "New Zealander"),
    # "New" before a name it qualifies goes
    ("New Chelsea signing Jane Roe said it was good.", "Jane Roe"),
])
def test_new_opens_the_names_of_places_and_papers(text: str, speaker: str) -> None:
    assert [r.speaker for r in _records(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Shops all over the UK reported strong sales. The centre's spokeswoman said cars arrived. "
     '"We predict more," she added.', "centre's spokeswoman"),
    ("Norman Cook spoke to the press. The DJ said the break had been hard. "
     '"I struggled," he said.', "Norman Cook"),
])
def test_a_two_letter_acronym_is_no_he_or_she(text: str, speaker: str) -> None:
    assert _he_or_she_speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a headline's last word ("Brother") is no title of the name on the line below
    ("Greer attacks Big Brother\n\nGermaine Greer has criticised the show.\n\n"
     "She said bullying tactics could spread.", "Germaine Greer"),
    # a given name, then a surname that also names a place
    ("Mike Lake, a spokesman for the lawyers, said the firm would fight. "
     '"We are prepared to be back in court," he said.', "Mike Lake"),
])
def test_a_pronoun_finds_the_person_despite_a_headline_or_a_place_word(text: str, speaker: str) -> None:
    assert _he_or_she_speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('The show will not return, the BBC has said. "There are no plans," a spokeswoman said. '
     '"It was a warm show," she added.', "spokeswoman"),
    ('Jane Roe met the press. A Trafford Centre spokeswoman said cars arrived. '
     '"We predict more," she added.', "Trafford Centre spokeswoman"),
    # the role before the body the person speaks for
    ('Jane Roe met the press. A spokeswoman for the Electoral Commission told BBC News that letters '
     'were sent. She said the commission was satisfied.', "spokeswoman for the Electoral Commission"),
    ('Jane Roe met the press. A Department for Constitutional Affairs spokeswoman said cars arrived. '
     '"We predict more," she added.', "Department for Constitutional Affairs spokeswoman"),
    # the gender differs: not the spokeswoman
    ('John Roe met the press. A spokeswoman said cars arrived. "We predict more," he added.', "John Roe"),
    # a person named after the description is the one meant
    ('A spokeswoman said cars arrived. Jane Roe, the manager, agreed. "We predict more," she added.', "Jane Roe"),
    # "the" spokesman may be a person named before
    ('Michael Ancram, the Tory spokesman, spoke first. The Tory spokesman then criticised the plan. '
     '"Who are they trying to kid?" he said.', "Michael Ancram"),
])
def test_he_or_she_after_a_description_of_one_person(text: str, speaker: str) -> None:
    assert _he_or_she_speakers(text) == [speaker]


@pytest.mark.parametrize(("credited", "speaker"), [
    # "it" is no description of one person, nor a group of people
    ("IAEA spokesman", None),
    ("spokesman for the agency", None),
    ("Democratic aides", None),
    # a body is
    ("German Federal Labour Agency", "German Federal Labour Agency"),
    ("Association of British insurers", "Association of British insurers"),
])
def test_it_stands_for_a_body_not_a_person_or_people(credited: str, speaker: str | None) -> None:
    assert _it_after(credited) == speaker


def test_where_a_person_is_from_is_no_part_of_their_name() -> None:
    text = ("The film is by Tunisian-born Abdellatif Kechiche. Kechiche said he made the film to show "
            "people we do not see.")
    assert [r.speaker for r in _records(text)] == ["Abdellatif Kechiche"]


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    # the role the article gives the person where it names them types every statement of theirs
    ("Foreign Secretary Jack Straw arrived in Paris. Mr Straw said the talks went well.", "Jack Straw", "government"),
    ("Sunday Telegraph journalist Robert Peston wrote a book. Mr Peston said the pair had fallen out.",
     "Robert Peston", "media"),
    # a phrase the name is governed in is no role; nor is a headline or sentence before it
    ("The rabid fans of Republican presidential candidate Donald Trump cheered. Mr Trump said so.",
     "Donald Trump", "unknown"),
    ("Fans cheered the report.\n\nPresident Barack Obama spoke. Mr Obama said the attack was evil.",
     "Barack Obama", "government"),
    # a role with a body's name in it ("Bank of England deputy governor")
    ("Bank of England deputy governor Rachel Lomax spoke. Ms Lomax said growth was higher.", "Rachel Lomax",
     "government"),
    # the whole title at the very start of the text
    ("Chancellor Gordon Brown visited the site. Mr Brown said the plan was good.", "Gordon Brown", "government"),
    # a role set off by commas after the name or before it
    ("John Smith, the mayor, visited the site. Mr Smith said the plan was good.", "John Smith", "government"),
    ("The mayor, John Smith, visited the site. Mr Smith said the plan was good.", "John Smith", "government"),
    ("Jane Roe, chief executive of Tesco, announced the results. Ms Roe said sales rose.", "Jane Roe",
     "organisation"),
    ("Sales fell.\n\nJane Roe, a spokeswoman for the BBC, visited the site. Ms Roe said it was fine.", "Jane Roe",
     "media"),
    # kin say nothing of what one does; a list of epithets is no role
    ("Eric Roe, son of the Republican front-runner, spoke on Fox. Mr Roe said the race was open.", "Eric Roe",
     "unknown"),
    ("It is a win for John Smith, the mayor, the father and the friend. Mr Smith said he was glad.", "John Smith",
     "unknown"),
])
def test_the_role_the_article_gives_a_person_types_their_statements(text: str, speaker: str, kind: str) -> None:
    records = [r for r in _records(text) if r.speaker == speaker]
    assert records and {r.speaker_type for r in records} == {kind}


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    # a description the article uses for the person later types their earlier statements too
    ("Sergio Marchionne spoke in Turin. He said sales fell. Mr Marchionne said the deficit would fall. "
     "Fiat chief executive Sergio Marchionne says he will cut costs.", "Sergio Marchionne", "organisation"),
    # the firm "the company" stands for speaks under its name as that firm throughout
    ("Marsh said it was sorry. Then Marsh, an insurance firm, said the deal ended the case.", "Marsh",
     "organisation"),
    # "he" types as the name does
    ("Prime Minister Tony Blair is expected to speak. He said the figures were heartening. Mr Blair said "
     "the work would go on.", "Tony Blair", "government"),
])
def test_a_name_keeps_the_one_type_the_article_gives_it(text: str, speaker: str, kind: str) -> None:
    records = [r for r in _records(text) if r.speaker == speaker]
    assert len(records) >= 2 and {r.speaker_type for r in records} == {kind}, records


@pytest.mark.parametrize("text, speaker", [
    ("David Willetts spoke first. MPs said the plan had failed. He added that the work must go on.", "David Willetts"),
    ('Leo Butz sang. Audiences say the show is new. "It is from the heart," he said.', "Leo Butz"),
])
def test_he_after_a_plural_of_people_opening_a_sentence_is_a_person(text: str, speaker: str) -> None:
    assert _he_or_she_speakers(text) == [speaker]


def test_a_plural_of_people_is_no_person_but_a_surname_in_s_is() -> None:
    from analysis.coref import plural_of_people

    assert all(plural_of_people(w) for w in ("Critics", "Analysts", "MPs", "Aides", "Europeans"))
    assert not any(plural_of_people(w) for w in ("Williams", "Sanders", "Harris", "Francis", "Jones"))


@pytest.mark.parametrize("description", ["the Labour MP for Birkenhead", "the senator from Ohio"])
def test_the_place_a_role_is_held_for_is_no_person(description: str) -> None:
    # the place after "MP for" is no antecedent of "he", even with a verb of saying after it
    text = (f'John Roe criticised the rivalry.\n\n"What model does it give?" {description} asked. '
            "He said the prime minister should go.")
    assert _he_or_she_speakers(text) == ["John Roe"]


def test_it_stands_for_a_body_given_a_role() -> None:
    text = ("Diageo, the world's biggest spirits company, has agreed to buy Chalone.\n\n"
            "Although its brands include Smirnoff vodka, it already has a US arm. Diageo said it expects "
            "approval. It said Chalone would join its US business.")
    assert [r.speaker for r in _records(text) if r.mention == "It"] == ["Diageo"]


@pytest.mark.parametrize("text, speaker", [
    ("Groups such as Emily's List said the plan would fail.", "Emily's List"),
    ("Media Research Center's Bozell said the plan would fail.", "Bozell"),
])
def test_a_body_named_for_a_given_name_keeps_its_possessive(text: str, speaker: str) -> None:
    assert [r.speaker for r in _records(text)] == [speaker]


def test_a_street_abbreviated_keeps_its_first_word() -> None:
    assert [r.speaker for r in _records("Downing St said a similar offer might be made.")] == ["Downing St"]


@pytest.mark.parametrize("name, key", [
    ("Donald J. Trump", "Donald Trump"),
    ("George H. W. Bush", "George Bush"),
    ("Donald Trump", "Donald Trump"),
    # an initial first or last, a word that is no initial, or no name: as written
    ("J. K. Rowling", "J. K. Rowling"),
    ("Jane Q.", "Jane Q."),
    ("Bank of America", "Bank of America"),
    ("Richard Parsons Jr", "Richard Parsons Jr"),
    ("US Airways", "US Airways"),
])
def test_name_key_drops_middle_initials_only(name: str, key: str) -> None:
    assert name_key(name) == key


def test_one_spelling_shows_a_name_under_its_most_used_spelling() -> None:
    shown = one_spelling({"Donald J. Trump": 170, "Donald Trump": 1078, "Jane Roe": 3, "Jane Q. Roe": 3,
                          "George W. Bush": 9})
    assert shown["Donald J. Trump"] == shown["Donald Trump"] == "Donald Trump"
    assert shown["Jane Q. Roe"] == shown["Jane Roe"] == "Jane Roe"  # a tie: the shorter
    assert shown["George W. Bush"] == "George W. Bush"  # alone, as written


def test_settled_types_give_a_full_name_the_one_type_the_corpus_gives_it() -> None:
    from analysis.coref import settled_types

    settled = settled_types({
        ("Tony Blair", "government"): 48, ("Tony Blair", "unknown"): 285,
        ("Blair", "government"): 5, ("Blair", "unknown"): 9,  # one word: which Blair is not known
        ("Jo Roe", "media"): 3, ("Jo Roe", "government"): 3, ("Jo Roe", "unknown"): 4,  # no one type
        ("Ann Lee", "expert"): 1, ("Ann Lee", "unknown"): 4,  # one typed statement is too few
        ("Jack Straw", "government"): 84, ("Jack Straw", "foreign_government"): 3, ("Jack Straw", "unknown"): 10,
        ("Tim Roe", "unknown"): 5,  # typed nowhere
    })
    assert settled == {"Tony Blair": "government", "Jack Straw": "government"}


def _plain_salience(events: list[tuple[int, int, float]], pos: int, sent: int) -> float:
    score, cur, best = 0.0, -1, 0.0
    for e_pos, e_sent, weight in events:
        if e_pos >= pos:
            break
        if e_sent != cur:
            score += best * 0.5 ** min(60, sent - cur) if cur >= 0 else 0.0
            cur, best = e_sent, 0.0
        best = max(best, weight)
    return score + (best * 0.5 ** min(60, sent - cur) if cur >= 0 else 0.0)


def test_salience_read_on_from_where_it_stood_is_the_plain_sum_to_the_last_bit() -> None:
    import bisect

    ent = Entity("Jane Roe", "person", events=[(10 * s + k, s, 1.0 + (s * 7 + k) % 5) for s in range(300) for k in (0, 3)])
    asked = [(10 * s + 5, s) for s in range(0, 300, 7)] + [(2995, 299), (1234, 123), (2995, 299)]
    for pos, sent in asked:
        assert EntityTracker.salience(ent, pos, sent) == _plain_salience(ent.events, pos, sent)
    assert ent.salience_from is not None  # a long article keeps where it stands
    # a mention read later but made before where it stands is counted
    bisect.insort(ent.events, (5, 0, 9.0))
    for pos, sent in asked:
        assert EntityTracker.salience(ent, pos, sent) == _plain_salience(ent.events, pos, sent)


@pytest.mark.parametrize("text, mention, speaker", [
    # the description's name is written beside the person's name before it
    ("Florida Sen. Marco Rubio spoke in Miami on Monday. The Florida senator said he would win the state.",
     "The Florida senator", "Marco Rubio"),
    ("England striker Michael Owen has scored twice for Real Madrid. But the England striker said he was not "
     "ready to return home.", "the England striker", "Michael Owen"),
    # the person in view is not written with the description's name: the description stays
    ("Michael Howard has backed stem cell research. In the US, George Bush opposed extending it. But the Tory "
     "leader argued there was a moral case for science.", "the Tory leader", "Tory leader"),
    # a nationality is written beside many people
    ("Paul Manafort met American diplomats in Kiev. The American ambassador said the party was changing.",
     "The American ambassador", "American ambassador"),
])
def test_a_description_by_a_name_and_a_role_is_the_person_in_view_written_with_it(text: str, mention: str,
                                                                                   speaker: str) -> None:
    assert _speaker_of(text, mention) == speaker


def test_a_noun_of_what_one_is_in_sport_or_the_arts_makes_the_name_after_it_a_person() -> None:
    names = [(e.name, e.kind) for e in EntityTracker.for_article("Arsenal striker Thierry Henry scored twice.").entities]
    assert names == [("Thierry Henry", "person")]


def test_a_name_modifying_a_noun_after_the_is_no_subject_for_a_later_pronoun() -> None:
    text = ("Leicester, who signed Julian White from Bristol, are top of the league.\n\nProp Julian White is expecting "
            "a rough ride. The Leicester tight-head is in the form of his life. But he knows Wales will test him.")
    assert _speaker_of(text, "he") == "Julian White"


def test_he_is_no_one_word_name_credited_as_a_body() -> None:
    text = ("Shares in Roecorp fell. Roecorp said profits fell. Data gathered by Roecorp shows a fall. Mike Doe, "
            "Roecorp president, speculated that costs would fall. He said the site may close.")
    assert _speaker_of(text, "He") == "Mike Doe"
