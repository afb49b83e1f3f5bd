"""The actor list: loading, validation errors, classification of named and generic speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.actors import load_actors, parse_actors
from analysis.errors import ConfigError


@pytest.fixture(scope="module")
def actors():
    return load_actors()


@pytest.mark.parametrize("name, role, mention, expected", [
    ("Bashar Assad", "Syrian president", "Syrian president Bashar Assad", ("Bashar Assad", "government")),
    ("Rami Abdel Rahman", "Observatory director", None, ("Rami Abdel Rahman", "monitor")),
    ("Syrian Observatory for Human Rights", None, None, ("Syrian Observatory for Human Rights", "monitor")),
    ("state media", None, None, ("state media", "state_media")),
    ("opposition monitoring group", None, "an opposition monitoring group",
     ("opposition monitoring group", "monitor")),
    ("Activists", None, None, ("activists", "activists")),
    ("Sky News", None, None, ("Sky News", "media")),
    ("extremists", None, "The extremists", ("ISIS", "militant")),
    ("ISIL", None, None, ("ISIS", "militant")),
])
def test_actors_classify_seed_topic_speakers(actors, name, role, mention, expected) -> None:
    story = "Syrian troops drove ISIS out of Palmyra."
    assert actors.classify(name, role, mention, preceding=story) == expected


@pytest.mark.parametrize("mention, kind", [
    ("a White House spokesman", "government"),
    ("police", "government"),
    ("an analyst", "expert"),
    ("a professor", "expert"),
    ("residents", "citizen"),
    ("a witness", "citizen"),
    ("The New York Times", "media"),
    ("rebels", "militant"),
    ("Trump", "unknown"),
    ("Security firms", "organisation"),
    ("Unions", "organisation"),
    ("the Family Planning Association", "organisation"),
    ("the paper", "media"),
    ("Rival newspapers", "media"),
    ("Defence lawyers", "expert"),
    ("Some pundits", "expert"),
    ("the central bank", "government"),
    ("Angry fans", "citizen"),
    ("the US Federal Reserve", "government"),
    # a director general of a body is its voice, not a general of the army
    ("BCC director general David Frost", "organisation"),
    # the state's agencies and courts
    ("the FBI", "government"),
    ("The independent Congressional Budget Office", "government"),
    ("the judge", "government"),
    ("the Office for National Statistics", "government"),
    # findings and figures, as reports and studies, are a body's voice
    ("The research", "organisation"),
    ("Latest figures", "organisation"),
    # a firm by what it makes or runs
    ("Software giant Microsoft", "organisation"),
    ("German car maker BMW", "organisation"),
    ("US operator Sprint", "organisation"),
    ("Policy makers in Europe", "government"),
    ("the Supreme Court", "government"),
    ("the Bank of England", "government"),
    # members of a parliament or a council are lawmakers, whichever party they sit for
    ("Labour MP Louise Ellman", "government"),
    ("Polish MEPs", "government"),
    ("Green MSP Mark Ballard", "government"),
    ("local councillors", "government"),
    ("Lord Falconer", "government"),
    ("Baroness Roe", "government"),
    ("fertility expert Lord Winston", "expert"),
    ("Tory peer Lord Tebbit", "party"),
    # parties, and their voices without an office of state
    ("the Tories", "party"),
    ("Liberal Democrats", "party"),
    ("Tory leader Michael Howard", "party"),
    ("Republican presidential candidate Donald Trump", "party"),
    ("a doctoral candidate", "unknown"),
    ("the party", "party"),
    ("Republican lawmakers", "government"),
    ("Democratic voters", "citizen"),
    # those who play, coach and referee games; an army's captain stays the army's
    ("England coach Andy Robinson", "sport"),
    ("Chelsea striker Didier Drogba", "sport"),
    ("the top seed", "sport"),
    ("Army captain John Smith", "government"),
    ("fund manager Matt Williams", "unknown"),
    ("Chelsea winger Arjen Robben", "sport"),
    ("England defender Gary Stevens", "sport"),
    ("public defender Shannon Quill", "expert"),
    ("Tory right-wingers", "party"),
    ("right-wingers", "party"),
    ("Clinton defenders", "unknown"),
    ("a key player in the talks", "unknown"),
    ("Barbara Boxer", "unknown"),
    ("England forward Michael Owen", "sport"),
    ("Munster lock Paul O'Connell", "sport"),
    ("Tottenham sporting director Frank Arnesen", "sport"),
    ("Former Conservative leader William Hague", "party"),
    ("Labour's election chief Alan Milburn", "party"),
    ("BNP leader Nick Griffin", "party"),
    ("premium phone line regulator Icstis", "government"),
    ("the Electoral Commission", "government"),
    ("usability guru Jakob Nielsen", "expert"),
    ("the IMF", "organisation"),
    ("The European Commission", "organisation"),
    ("EU officials", "government"),
    ("A Financial Times report", "media"),
    ("the Fed", "government"),
    ("The National Union of Students", "organisation"),
    ("Jane Roe QC", "expert"),
    ("Labour", "party"),
    ("A Labour spokesman", "party"),
    ("the German Federal Labour Agency", "government"),
    ("the International Labour Organisation", "organisation"),
    # a watchdog of a market or of public money regulates; of rights, or alone, it monitors
    ("Australia's competition watchdog", "government"),
    ("the elections watchdog", "government"),
    ("the Britain-based watchdog", "monitor"),
    ("the civil rights watchdog", "monitor"),
    # the poll people were asked in says who asked, not who they are
    ("78 percent of voters in a recent CBS News poll", "citizen"),
    ("63% of respondents in the Sunday Times poll", "citizen"),
])
def test_actors_generic_role_fallbacks_work_on_any_news(actors, mention, kind) -> None:
    assert actors.classify(mention, None, mention, context="A story from Washington.")[1] == kind


@pytest.mark.parametrize("role, kind", [
    ("GM's vice president for North American sales", "organisation"),
    ("vice president in Microsoft's security business unit", "organisation"),
    ("Yahoo's senior vice president", "organisation"),
    ("vice-president of marketing", "organisation"),
    ("Foster's chief executive officer", "organisation"),
    ("marketing vice president", "organisation"),
    ("sales director", "organisation"),
    ("finance director", "organisation"),
    ("US bank boss", "organisation"),
    ("Vice President", "government"),
    ("police officer", "government"),
])
def test_actors_a_firms_officers_are_no_government(actors, role, kind) -> None:
    assert actors.classify("Jane Roe", role, f"{role} Jane Roe", context="A story from Washington.")[1] == kind


def test_actors_government_role_of_another_country_is_foreign(actors) -> None:
    story = "Syrian forces advanced."
    assert actors.classify("Russia's defense minister", "defense minister", None, context=story) == (
        "Russia's defense minister", "foreign_government")
    assert actors.classify("Syrian foreign minister", None, None, context=story)[1] == "government"


def test_actors_patterns_are_globs_case_insensitive() -> None:
    lst = parse_actors("actors:\n  - name: Acme\n    type: organisation\n    patterns: ['acme*']\n")
    assert lst.classify("ACMEcorp spokesman")[0] == "Acme"


@pytest.mark.parametrize("yaml_text, line, words", [
    ("actors:\n  - name: X\n    type: wizard\n    patterns: [x]\n", 2, "type 'wizard'"),
    ("actors:\n  - name: X\n    type: media\n  - name: Y\n    type: media\n    patterns: []\n", 4, "entry 2 ('Y')"),
    ("actors:\n  - type: media\n    patterns: [x]\n", 2, "'name'"),
    ("roles:\n  - type: expert\n    patterns: 7\n", 2, "roles entry 1"),
    ("actors: [\n", None, "not valid YAML"),
])
def test_actors_invalid_list_raises_config_error_naming_file_entry_line(
        tmp_path: Path, yaml_text: str, line: int | None, words: str) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_actors(path)
    message = str(info.value)
    assert str(path) in message and words in message
    if line is not None:
        assert info.value.line == line


def test_actors_missing_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_actors(tmp_path / "none.yml")


@pytest.mark.parametrize("name, mention", [
    ("extremists", "The extremists"), ("militants", "the militants"), ("fighters", "ISIS fighters"),
    ("jihadists", None), ("Islamic State", None), ("IS", None), ("ISIL", None), ("Daesh", None),
])
def test_actors_generic_labels_of_a_listed_actor_take_its_name(actors, name, mention) -> None:
    story = "Troops retook the city from the Islamic State on Sunday."
    assert actors.classify(name, None, mention, preceding=story) == ("ISIS", "militant")


@pytest.mark.parametrize("name", ["militants", "fighters", "extremists", "jihadists"])
@pytest.mark.parametrize("preceding", [None, "", "Rebels and the army fought in Aleppo on Sunday."])
def test_actors_generic_label_stays_generic_where_the_actor_was_not_named(actors, name, preceding) -> None:
    assert actors.classify(name, None, f"the {name}", preceding=preceding) == (name, "militant")


def test_actors_generic_label_needs_the_actor_named_before_not_after(actors) -> None:
    text = "The militants said they held the town. ISIS later denied it."
    cut = text.index("The militants")
    assert actors.classify("militants", preceding=text[:cut]) == ("militants", "militant")
    cut = text.index("it.")
    assert actors.classify("it", None, "militants", preceding=text[:cut])[0] == "ISIS"


def test_actors_generic_key_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("actors:\n  - name: X\n    type: militant\n    patterns: [x]\n    generic: []\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_actors(path)
    assert "'generic'" in str(info.value) and info.value.line == 2


def test_actors_generic_labels_apply_to_any_listed_actor() -> None:
    lst = parse_actors("actors:\n  - name: Acme Corp\n    type: organisation\n"
                       "    patterns: [acme*]\n    generic: [the company]\n")
    assert lst.classify("the company", preceding="Acme Corp posted results.")[0] == "Acme Corp"
    assert lst.classify("the company", preceding="A firm posted results.")[0] == "company"


def test_actors_capital_acronym_pattern_does_not_match_the_verb(actors) -> None:
    assert actors.find_actor("this is") is None and actors.find_actor("IS") is not None


@pytest.mark.parametrize("name", ["Activists", "activists", "the activists"])
def test_actors_generic_label_has_one_spelling_whatever_its_case(actors, name) -> None:
    assert actors.classify(name) == ("activists", "activists")


@pytest.mark.parametrize("name, context, expected", [
    # a word capitalised only to open a sentence is a common noun's
    ("Analysts", "Analysts said the bank fell. Two analysts agreed.", "analysts"),
    ("Scientists", "Scientists said so. The Union of Concerned Scientists and other scientists agreed.",
     "scientists"),
    ("Sunday survey", "Sunday survey found it. The poll came out on Sunday.", "sunday survey"),
    # an owner's name, or one the article writes capitalised within a sentence and never in lower case
    ("Clinton's campaign", "Clinton's campaign said so. Later Clinton spoke.", "Clinton's campaign"),
    ("Politico", "Politico reported it. Trump told Politico he would run.", "Politico"),
    ("Labour strategists", "Labour strategists said so. MPs on the Labour benches agreed.", "Labour strategists"),
    # a party's name is a name wherever it stands; "party" is not one
    ("Democrats", "Democrats claim the plan failed.", "Democrats"),
    ("Party leaders", "Party leaders met. The party agreed.", "party leaders"),
])
def test_actors_a_label_keeps_the_capital_of_a_name(actors, name, context, expected) -> None:
    assert actors.classify(name, None, name, context=context)[0] == expected


@pytest.mark.parametrize("name, expected", [
    ("the Syrian Observatory", "Syrian Observatory for Human Rights"),
    ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("Reuters", "Reuters"),
    ("White House officials", "White House officials"),
])
def test_actors_article_and_short_forms_give_one_name(actors, name, expected) -> None:
    assert actors.classify(name)[0] == expected


@pytest.mark.parametrize("patterns, text", [
    (("isis", "IS", "islamic state"), "This is it."),
    (("isis", "IS", "islamic state"), "IS fighters"),
    (("* activists", "state-run *"), "local activists"),
    (("syrian observatory",), "The Syrian  Observatory said"),
    (("syria", "damascus"), "Syrians"),
    (("syria", "damascus"), "In DAMASCUS"),
    (("state media", "state tv", "state-run *"), "state  TV said"),
    (("state media", "state tv", "state-run *"), "the statement"),
    (("state media", "state tv", "state-run *"), "state-run"),
    (("spokesman", "spokeswoman", "spokes*"), "Spokespeople"),
    (("un", "UN", "u.n."), "the U.N. said"),
    (("IS", "is it"), "This is it"),
    (("IS", "is it"), "this Is"),
])
def test_any_pattern_matches_where_one_of_the_patterns_does(patterns, text) -> None:
    from analysis.actors import _compile, _compile_any, _mentions

    expected = _compile(patterns).search(text) is not None
    assert (_compile_any(patterns).search(text) is not None) == expected
    assert _mentions(patterns, text) == expected


def test_classify_asks_the_article_again_for_generic_labels(actors) -> None:
    for _ in range(2):  # the second answer comes from what was kept of the first
        assert actors.classify("militants", preceding="ISIS fled.") == ("ISIS", "militant")
        assert actors.classify("militants", preceding="They fled.") == ("militants", "militant")
        assert actors.classify("militants") == ("militants", "militant")


def test_actors_role_type_is_the_first_rule_that_matches_the_last_one_included() -> None:
    lst = parse_actors("roles:\n  - {type: media, patterns: [reporter]}\n"
                       "  - {type: expert, patterns: [analyst]}\n"
                       "  - {type: citizen, patterns: [resident, analyst]}\n")
    assert lst.role_type("a local resident") == "citizen"
    assert lst.role_type("an analyst and resident") == "expert"
    assert lst.role_type("a resident reporter") == "media"
    assert lst.role_type("a passer-by") is None


def test_actors_classify_a_mention_written_as_the_name(actors) -> None:
    assert actors.classify("Activists", None, "Activists") == ("activists", "activists")
    assert actors.classify("Jane Roe", None, "Jane Roe") == ("Jane Roe", "unknown")


@pytest.mark.parametrize("name, role, mention, kind", [
    ("Jane Roe", "spokesman for Lycos Europe", "he", "organisation"),
    ("Jane Roe", "William Hill spokesman", "William Hill spokesman Jane Roe", "organisation"),
    ("spokesman for the firm", None, "A spokesman for the firm", "organisation"),
    ("Labour spokesman", None, "A Labour spokesman", "party"),
    ("UKIP spokesman", None, "UKIP spokesman", "party"),
    ("Jane Roe", "Lib Dem home affairs spokesman", "She", "party"),
    ("Home Office spokesman", None, "a Home Office spokesman", "government"),
    ("Pentagon spokesmen", None, "Pentagon spokesmen", "government"),
    ("Jane Roe", "network's spokeswoman", "she", "media"),
    ("rebel spokesman", None, "a rebel spokesman", "militant"),
    ("Jane Roe", "spokeswoman for Nabisco's parent company", "Jane Roe", "organisation"),
    # a director at a body, a member of one
    ("Jane Roe", "campaigns director at Greenpeace in the UK", "Jane Roe", "organisation"),
    ("Jane Roe", "member of the BMW management board", "Jane Roe", "organisation"),
    ("Jane Roe", "member of Congress", "Jane Roe", "government"),
    # a firm's partners are no party; an agency's full name is the state's as its acronym is
    ("Jane Roe", "head of third party services at Vodafone", "Jane Roe", "organisation"),
    ("Federal Bureau of Investigation", None, "The Federal Bureau of Investigation", "government"),
    # a chairman speaks for the body named before the word, as a spokesman does
    ("Jane Roe", "BPI chairman", "BPI chairman Jane Roe", "organisation"),
    ("Jane Roe", "UKIP's chairman", "Jane Roe", "party"),
    ("Jane Roe", "Republican National Committee chairman", "Jane Roe", "party"),
    ("Jane Roe", "Labour chairman", "Jane Roe", "party"),
    # No body, a person's spokesman, or a capital that may only open the sentence: the roles decide.
    ("spokesman", None, "a spokesman", "government"),
    ("Jane Roe", "spokeswoman", "spokeswoman Jane Roe", "government"),
    ("Mr Blair's official spokesman", None, "Mr Blair's official spokesman", "government"),
    ("pensions spokeswoman", None, "Pensions spokeswoman", "government"),
])
def test_actors_a_representative_has_the_type_of_the_body_it_speaks_for(actors, name, role, mention, kind) -> None:
    assert actors.classify(name, role, mention, context="A story from London.")[1] == kind


@pytest.mark.parametrize("role, kind", [
    # an office of a body speaks for it, as a spokesman does
    ("president of Roecorp Networks", "organisation"),
    ("senior vice-president at Roesoft", "organisation"),
    ("director general of the Roe Chambers of Commerce", "organisation"),
    ("head of the Central Bank", "government"),
    ("president of France", "government"),
    # a country word in a firm's name, or where the firm works, makes no government
    ("head of Universal Music Germany", "organisation"),
    ("managing director of Roe-Mobile in the UK", "organisation"),
    # a firm's officers and shops are no government's
    ("general manager of Roe Music Rights", "organisation"),
    ("chief revenue officer at Roe.com", "organisation"),
    ("Upscale department store Roedstrom", "organisation"),
    # a role without a body is typed by the role rules
    ("president", "government"),
    ("Secretary of State", "government"),
])
def test_actors_an_office_of_a_body_has_the_type_of_the_body(actors, role, kind) -> None:
    assert actors.classify("Jane Roe", role, "Jane Roe", context="A story from London.")[1] == kind


@pytest.mark.parametrize("role, kind", [
    # what they did, in a relative clause after the role, does not type them
    ("billionaire owner of the Roe Mavericks who rebuffed pleas to run for president", "organisation"),
    ("education professor at Harvard who previously worked for Sen. Jane Doe", "expert"),
    ("who rebuffed pleas to run for president", "unknown"),
    # a relative clause that states the role does
    ("who heads the interior ministry", "government"),
])
def test_actors_a_relative_clause_of_what_they_did_types_no_one(actors, role, kind) -> None:
    assert actors.classify("Jane Roe", role, "Jane Roe", context="A story from London.")[1] == kind


@pytest.mark.parametrize("context, kind", [
    # the article writes the word as a name: the spokesman speaks for that body
    ("Shares in Roeco fell. Roeco spokesman Jim Doe said more was to come.", "organisation"),
    # a word the article writes in lower case, or a person's surname, is no body's name
    ("The roeco row grew. Roeco spokesman Jim Doe said more was to come.", "government"),
    ("Rick Roeco won the vote. Roeco spokesman Jim Doe said more was to come.", "government"),
    # nor one the article writes only before a title
    ("The Roeco Secretary spoke. Roeco spokesman Jim Doe said more was to come.", "government"),
])
def test_actors_a_capital_opening_a_spokesmans_role_is_a_body_the_article_names(actors, context, kind) -> None:
    assert actors.classify("Jim Doe", "Roeco spokesman", "Roeco spokesman Jim Doe", context=context)[1] == kind


@pytest.mark.parametrize("context, kind", [
    # a chairman is typed by no rule of his own: a body's name opening the role makes him its voice
    ("Shares in Roeco fell. Roeco chairman Jim Doe said more was to come.", "organisation"),
    # a word the article writes in lower case leaves him untyped
    ("The roeco row grew. Roeco chairman Jim Doe said more was to come.", "unknown"),
    ("Rick Roeco won the vote. Roeco chairman Jim Doe said more was to come.", "unknown"),
])
def test_actors_a_capital_opening_an_untyped_representatives_role_is_a_body_the_article_names(
        actors, context, kind) -> None:
    assert actors.classify("Jim Doe", "Roeco chairman", "Roeco chairman Jim Doe", context=context)[1] == kind


@pytest.mark.parametrize("role", ["Republican chairman", "Democratic chair", "GOP chairman"])
def test_actors_a_partys_chairman_speaks_for_the_party(actors, role) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="A county vote.")[1] == "party"


def test_actors_a_representative_of_another_country_is_foreign(actors) -> None:
    story = "Syrian forces advanced."
    assert actors.classify("Russian spokesman", None, "a Russian spokesman", context=story)[1] == "foreign_government"


def test_actors_representatives_come_from_the_list() -> None:
    rules = "roles:\n  - {type: government, patterns: [spokesman]}\n  - {type: organisation, patterns: [firm]}\n"
    plain = parse_actors(rules)
    assert plain.classify("spokesman for the firm", None, "a spokesman for the firm")[1] == "government"
    listed = parse_actors("representatives: [spokesman]\n" + rules)
    assert listed.representatives == ("spokesman",)
    assert listed.classify("spokesman for the firm", None, "a spokesman for the firm")[1] == "organisation"
    with pytest.raises(ConfigError, match="representatives"):
        parse_actors("representatives: spokesman\n" + rules)


@pytest.mark.parametrize("role, kind", [
    ("TUC general secretary", "organisation"),
    ("Treasury official", "government"),
    ("Downing Street", "government"),
])
def test_actors_officers_and_institutions_of_any_country(actors, role, kind) -> None:
    assert actors.classify("Jane Roe", role, f"{role} Jane Roe", context="A story from London.")[1] == kind


@pytest.mark.parametrize("name, mention, label", [
    ("Treasury", "the Treasury", "Treasury"),
    ("Japanese government", "The Japanese government", "Japanese government"),
    ("Activists", "Activists", "activists"),
    ("Polls", "Polls", "polls"),
    ("American officials", "American officials", "American officials"),
    ("Russia's defense minister", "Russia's defense minister", "Russia's defense minister"),
])
def test_actors_a_capital_after_an_article_is_the_names_own(actors, name, mention, label) -> None:
    assert actors.classify(name, None, mention)[0] == label


@pytest.mark.parametrize("role, kind", [
    ("who lives in an unincorporated area outside of the state capital", "unknown"),
    ("who was White House communications director", "government"),
    ("whose provocative views have upset members of his own party", "unknown"),
    ("who is executive director of the Center for Biological Diversity", "organisation"),
])
def test_actors_a_relative_clause_types_only_by_what_one_is(actors, role, kind) -> None:
    assert actors.classify("Jane Roe", role, "Jane Roe", context="A story from Ohio.")[1] == kind


def test_forgetting_answers_keeps_the_compiled_patterns() -> None:
    from analysis import actors as actors_module

    actors = load_actors()
    first = actors.classify("Jane Roe", role="a White House spokesman")
    matcher = actors_module._matcher(actors)
    assert matcher._classified
    actors_module.forget_answers()
    assert not matcher._classified and not matcher._named and not matcher._role
    assert actors_module._matcher(actors) is matcher
    assert actors.classify("Jane Roe", role="a White House spokesman") == first


@pytest.mark.parametrize("mention, story, kind", [
    ("The US", "A story from Washington.", "government"),
    ("Moscow", "A story from Washington.", "government"),
    ("Russia", "Syrian troops took Palmyra.", "foreign_government"),
    ("the American", "A story from Washington.", "unknown"),
    ("The Russian", "Syrian troops took Palmyra.", "unknown"),
])
def test_actors_a_country_alone_speaks_by_its_government(actors, mention, story, kind) -> None:
    assert actors.classify(mention, None, mention, context=story)[1] == kind


@pytest.mark.parametrize("name, mention, kind", [
    ("FT", "the FT", "media"),
    ("WSJ", "The WSJ", "media"),
    ("NYT", "the NYT", "media"),
])
def test_actors_newspapers_known_by_their_initials_are_media(actors, name, mention, kind) -> None:
    assert actors.classify(name, None, mention, context="Shares fell.")[1] == kind


@pytest.mark.parametrize("role", ["House Speaker", "former House speaker", "Speaker of the House",
                                  "member of a House panel", "House committee chairman"])
def test_actors_the_house_of_congress_and_its_speaker_are_the_state(actors, role) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="A vote in Washington.")[1] == "government"


@pytest.mark.parametrize("role, kind", [
    # after "head of", "director of" opening the role no capital opens a sentence: a name
    ("head of Roeco", "organisation"),
    ("co-founder of Roeco", "organisation"),
    # the capital opening the role may be the sentence's
    ("Pensions spokeswoman", "government"),
])
def test_actors_a_capitalised_body_after_an_office_of_is_a_name(actors, role, kind) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="Shares fell.")[1] == kind


@pytest.mark.parametrize("role", ["Ohio Gov.", "former Arkansas Gov.", "Texas Lt. Gov.", "Mr Justice",
                                  "Chief Justice", "Transport Commissioner", "Commons leader"])
def test_actors_governors_judges_commissioners_and_the_commons_are_the_state(actors, role) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="A vote.")[1] == "government"


@pytest.mark.parametrize("name, mention", [
    ("Times", "The Times"), ("Post", "the Post"), ("Los Angeles Times", "the Los Angeles Times"),
    ("New York Post", "the New York Post"), ("South China Morning Post", "the South China Morning Post"),
])
def test_actors_the_times_and_the_post_are_news_outlets(actors, name, mention) -> None:
    assert actors.classify(name, None, mention, context="A story.")[1] == "media"


@pytest.mark.parametrize("name, mention, kind", [
    # a share of those polled speaks for them, whatever party they vote for
    ("Forty-three per cent", "Forty-three per cent", "citizen"),
    ("72 percent of Democrats", "72 percent of Democrats", "citizen"),
    # an industry speaks as its firms do
    ("record industry", "the record industry", "organisation"),
])
def test_actors_shares_of_those_polled_are_citizens_and_an_industry_is_its_firms(actors, name, mention, kind) -> None:
    assert actors.classify(name, None, mention, context="A poll.")[1] == kind


@pytest.mark.parametrize("role, kind", [
    ("talk show host", "media"), ("Oscar host", "media"), ("co-host", "media"), ("DJ", "media"),
    # every other rule comes first: a host committee is a committee, a host of economists economists
    ("president of the Cleveland 2016 Host Committee", "organisation"),
    ("host of economists", "expert"),
])
def test_actors_hosts_of_a_show_are_media_after_every_other_rule(actors, role, kind) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="A show.")[1] == kind


@pytest.mark.parametrize("role", ["Presumptive Democrat nominee", "GOP nominee", "Democrat candidate"])
def test_actors_a_partys_nominee_however_the_party_is_written(actors, role) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="A race.")[1] == "party"


SPORTS_STORY = "The striker scored twice as the league leaders won the cup match at their stadium."


@pytest.mark.parametrize("role, context, kind", [
    # in a sports story a manager or a boss runs a team
    ("Chelsea boss", SPORTS_STORY, "sport"),
    ("Liverpool manager", SPORTS_STORY, "sport"),
    # elsewhere the words are a firm's
    ("Chelsea boss", "Shares in the bank fell on Monday.", "organisation"),
    ("fund manager", "Shares in the bank fell on Monday.", "unknown"),
    # an office of the state is the state's, whatever the story
    ("city manager", SPORTS_STORY, "government"),
])
def test_actors_who_runs_a_team_in_a_sports_story_is_sport(actors, role, context, kind) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context=context)[1] == kind


def test_actors_a_sports_story_is_told_by_the_names_of_games_too(actors) -> None:
    story = "The football club's players drew 1-1 in the league."
    assert actors.classify("Jim Doe", "Chelsea boss", "Jim Doe", context=story)[1] == "sport"


def test_actors_a_blank_role_or_mention_in_a_sports_story_types_without_error(actors) -> None:
    story = "The football club's players drew 1-1 in the league."
    assert actors.classify("Jim Doe", " ", "  ", context=story)[1] == "unknown"


@pytest.mark.parametrize("role, kind", [
    # those who perform, write and make films, music, books and art
    ("R&B star", "culture"), ("Indian film director", "culture"), ("Franz Ferdinand frontman", "culture"),
    ("British actor", "culture"), ("lead singer", "culture"), ("Festival director", "culture"),
    ("Nobel-winning Peruvian novelist", "culture"), ("US band", "culture"), ("Comedian", "culture"),
    # a star of the screen performs, though the screen's words are the media's
    ("reality television star", "culture"), ("TV personality", "culture"), ("BBC presenter", "media"),
    # a critic of the arts writes for a paper; a band's spokesman speaks for the band
    ("Evening Standard film critic", "media"), ("band's spokesman", "culture"),
    # a firm's words come first for a label's boss; a bare producer or writer is left untyped
    ("record label boss", "organisation"), ("oil producer", "unknown"), ("writer", "unknown"),
])
def test_actors_culture_types_performers_and_makers_of_art(actors, role, kind) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="A new film opened.")[1] == kind


@pytest.mark.parametrize("role, kind", [
    ("Barcelona star", "sport"), ("the Chelsea stars", "sport"), ("Former All Black star", "sport"),
    # a star of an art stays the art's in a sports story ("R&B star Alicia Keys" at the Super Bowl)
    ("R&B star", "culture"), ("reggae star", "culture"), ("pop star", "culture"),
])
def test_actors_a_star_in_a_sports_story_plays_unless_an_art_is_named(actors, role, kind) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context=SPORTS_STORY)[1] == kind


@pytest.mark.parametrize("name, role, mention", [
    ("Mark Singer", None, "Mr. Singer"),
    ("Douglas J. Band", None, "Douglas J. Band"),
    ("Paul Singer", "billionaire hedge fund manager", "billionaire hedge fund manager Paul Singer"),
    # a surname alone, written as a person's name ("Poll explains", "Bloomberg said")
    ("Graham Poll", None, "Poll"),
    ("Michael Bloomberg", None, "Bloomberg"),
])
def test_actors_the_words_of_a_persons_name_are_no_role(actors, name, role, mention) -> None:
    assert actors.classify(name, role, mention, context="He spoke.")[1] == "unknown"


def test_actors_a_role_written_around_a_persons_name_still_types(actors) -> None:
    assert actors.classify("Gerhard Schroeder", None, "German Chancellor Gerhard Schroeder",
                           context="He spoke.")[1] == "government"
    assert actors.classify("Jack Marino", None, "Filmmaker Jack Marino", context="He spoke.")[1] == "culture"
    assert actors.classify("Preston City Council", None, "Preston City Council",
                           context="It spoke.")[1] == "organisation"


@pytest.mark.parametrize("mention, kind", [
    ("his wife", "citizen"), ("Michael Jackson's mother", "citizen"), ("the family", "citizen"),
    # kin come last: a sister company is a firm, a girlfriend who co-hosts a show a medium's voice
    ("its sister company", "organisation"), ("his girlfriend and co-host", "media"),
])
def test_actors_kin_of_someone_in_the_news_are_citizens(actors, mention, kind) -> None:
    assert actors.classify(mention, None, mention, context="She spoke.")[1] == kind


@pytest.mark.parametrize("role, kind", [
    ("team manager", "sport"), ("Arsenal manager", "sport"), ("caretaker boss", "sport"),
    # a manager of something else is no team's, even in a sports story
    ("warehouse manager", "unknown"), ("fund manager", "unknown"), ("stadium manager", "unknown"),
])
def test_actors_only_a_teams_manager_is_sport_in_a_sports_story(actors, role, kind) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context=SPORTS_STORY + " Arsenal lost.")[1] == kind


def test_actors_a_sports_story_is_told_by_the_words_of_any_game() -> None:
    from analysis.actors import sports_story

    assert sports_story("The top seed, a former champion, reached the grand slam finals.")
    assert sports_story("The sprinter won a medal at the indoor championships.")
    assert not sports_story("The firm's champion of reform won the vote.")


@pytest.mark.parametrize("role, kind", [
    # the United Nations' own envoys, officials and chiefs speak for it
    ("UN special envoy for Syria", "organisation"), ("U.N. Secretary-General", "organisation"),
    ("UN humanitarian chief", "organisation"), ("former UN commissioner for human rights", "organisation"),
    # a country's ambassador to it, and another envoy, are the state's
    ("former UN Ambassador", "government"), ("Syrian ambassador to the UN", "government"), ("US envoy", "government"),
])
def test_actors_the_united_nations_own_officials_speak_for_it(actors, role, kind) -> None:
    assert actors.classify("Jim Doe", role, "Jim Doe", context="The UN met.")[1] == kind


@pytest.mark.parametrize("name", ["Maher al-Assad", "Asma al-Assad", "Hafez al-Assad", "Assad Omar", "FIX IS IN"])
def test_actors_a_pattern_inside_another_name_names_no_actor(actors, name) -> None:
    assert actors.classify(name, None, name)[0] == name


@pytest.mark.parametrize("name, actor", [
    ("President Assad", "Bashar Assad"), ("Mr Assad", "Bashar Assad"), ("the Assad regime", "Bashar Assad"),
    ("Bashar al-Assad", "Bashar Assad"), ("Vladimir V. Putin", "Vladimir Putin"),
])
def test_actors_titles_initials_and_the_actors_own_words_keep_the_actor(actors, name, actor) -> None:
    assert actors.classify(name, None, name)[0] == actor


def test_actors_another_person_named_in_full_is_not_the_actor_the_mention_names(actors) -> None:
    # Peskov speaks for the Kremlin, typed by his role; he is not Vladimir Putin
    name, kind = actors.classify("Dmitry Peskov", None, "Kremlin spokesman Dmitry Peskov")
    assert name == "Dmitry Peskov" and kind in ("government", "foreign_government")
