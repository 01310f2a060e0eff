"""Actor extraction: who a careful human annotator would say is named in a news text.

Every case lists the exact set of actors in the text: persons and organizations by their
canonical name (the fullest form seen), countries by ISO alpha-2 code. Some cases also pin a
mention's title as written, its country (from a demonym in the title) and which entity a short
form resolves to. Expectations come from reading the text, not from the extractor's output:
cases it gets wrong stay in the suite as strict xfails naming the gap, for the rules' author.

All texts are written for this suite, in the styles of wire services, newspapers and web
outlets; none comes from the seed articles.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from pipelines.extract import gazetteer
from pipelines.extract.actors import ActorAnalysis, analyze_actors
from pipelines.extract.sentences import split_sentences

P, O, C = "person", "organization", "country"
ACTOR_TYPES = {P, O, C}


def analyze(text: str) -> ActorAnalysis:
    return analyze_actors(text, split_sentences(text))


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def case(
    case_id: str,
    text: str,
    actors: set[tuple[str, str]],
    details: dict[str, dict[str, Any]] | None = None,
    gap: str | None = None,
) -> Any:
    """One text, the exact actors in it, and optional per-mention expectations.

    `details` maps a mention's surface text to what every mention with that text must carry:
    `title` (a string, or a tuple of acceptable strings), `country_code`, `type`, and `entity`
    (the canonical name, or ISO code for a country, of the entity it belongs to).
    """
    marks = [_gap(gap)] if gap else []
    return pytest.param(text, actors, details or {}, id=case_id, marks=marks)


def _entity_label(analysis: ActorAnalysis, key: int) -> tuple[str, str]:
    entity = analysis.entity(key)
    if entity.actor_type == C:
        return (entity.country_code or "?", C)
    return (entity.canonical_name, entity.actor_type)


def actor_set(analysis: ActorAnalysis) -> set[tuple[str, str]]:
    return {_entity_label(analysis, m.entity_key) for m in analysis.mentions}


# ----------------------------------------------------------------------------- cases

TITLED = [
    case(
        "reuters-dateline-russian-foreign-minister",
        "MOSCOW, March 3 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday "
        "that a new round of talks would not take place before the summer.",
        {("Reuters", O), ("Sergei Lavrov", P)},
        {"Sergei Lavrov": {"title": "Foreign Minister", "country_code": "RU"}},
    ),
    case(
        "ap-dateline-venezuelan-attorney-general",
        "CARACAS (AP) _ Venezuelan Attorney General Luisa Ortega Díaz on Wednesday opened an "
        "investigation into the deaths of three students during the protests.",
        {("AP", O), ("Luisa Ortega Díaz", P)},
        {"Luisa Ortega Díaz": {"title": "Attorney General", "country_code": "VE"}},
    ),
    case(
        "president-with-single-name",
        "BRASÍLIA (Reuters) - President Lula signed the decree on Friday, his office said.",
        {("Reuters", O), ("Lula", P)},
        {"Lula": {"title": "President"}},
    ),
    case(
        "brazilian-president-name-with-particle",
        "Brazilian President Luiz Inácio Lula da Silva arrived in Buenos Aires on Monday for "
        "a two-day visit.",
        {("Luiz Inácio Lula da Silva", P)},
        {"Luiz Inácio Lula da Silva": {"title": "President", "country_code": "BR"}},
    ),
    case(
        "german-chancellor",
        "German Chancellor Angela Merkel told reporters on Thursday that the bloc must take "
        "its fate into its own hands.",
        {("Angela Merkel", P)},
        {"Angela Merkel": {"title": "Chancellor", "country_code": "DE"}},
    ),
    case(
        "mexican-president-four-part-name",
        "Mexican President Andrés Manuel López Obrador said on Monday that the refinery would "
        "be finished by December.",
        {("Andrés Manuel López Obrador", P)},
        {"Andrés Manuel López Obrador": {"title": "President", "country_code": "MX"}},
    ),
    case(
        "argentine-vice-president-de-particle",
        "Argentine Vice President Cristina Fernández de Kirchner denied the charges on Thursday.",
        {("Cristina Fernández de Kirchner", P)},
        {"Cristina Fernández de Kirchner": {"title": "Vice President", "country_code": "AR"}},
    ),
    case(
        "afp-dateline-de-la-particle",
        "MEXICO CITY (AFP) - President Miguel de la Madrid announced a sweeping austerity "
        "program on Sunday.",
        {("AFP", O), ("Miguel de la Madrid", P)},
        {"Miguel de la Madrid": {"title": "President"}},
    ),
    case(
        "two-titled-leaders-with-accents",
        "Turkish President Recep Tayyip Erdoğan and Hungarian Prime Minister Viktor Orbán met "
        "in Ankara on Monday.",
        {("Recep Tayyip Erdoğan", P), ("Viktor Orbán", P)},
        {
            "Recep Tayyip Erdoğan": {"title": "President", "country_code": "TR"},
            "Viktor Orbán": {"title": "Prime Minister", "country_code": "HU"},
        },
    ),
    case(
        "camp-david-1978",
        "Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed the "
        "accords at Camp David.",
        {("Anwar Sadat", P), ("Menachem Begin", P)},
        {
            "Anwar Sadat": {"title": "President", "country_code": "EG"},
            "Menachem Begin": {"title": "Prime Minister", "country_code": "IL"},
        },
    ),
    case(
        "iraqi-president-invasion-of-kuwait",
        "Iraqi President Saddam Hussein ordered the invasion of Kuwait on Aug. 2, 1990.",
        {("Saddam Hussein", P), ("KW", C)},
        {"Saddam Hussein": {"title": "President", "country_code": "IQ"}},
    ),
    case(
        "middle-initial",
        "President John F. Kennedy announced the naval quarantine in a televised address.",
        {("John F. Kennedy", P)},
        {"John F. Kennedy": {"title": "President"}},
    ),
    case(
        "double-initials",
        "President George H.W. Bush ordered more troops to the Gulf in November 1990.",
        {("George H.W. Bush", P)},
        {"George H.W. Bush": {"title": "President"}},
    ),
    case(
        "saudi-crown-prince-bin",
        "Saudi Crown Prince Mohammed bin Salman received the Chinese president in Riyadh.",
        {("Mohammed bin Salman", P)},
        {"Mohammed bin Salman": {"title": "Crown Prince", "country_code": "SA"}},
    ),
    case(
        "chinese-foreign-minister",
        "Chinese Foreign Minister Wang Yi met his Russian counterpart on Wednesday.",
        {("Wang Yi", P)},
        {"Wang Yi": {"title": "Foreign Minister", "country_code": "CN"}},
    ),
    case(
        "afp-dateline-indonesian-president",
        "JAKARTA (AFP) - Indonesian President Joko Widodo on Monday unveiled plans to move the "
        "capital to Borneo.",
        {("AFP", O), ("Joko Widodo", P)},
        {"Joko Widodo": {"title": "President", "country_code": "ID"}},
    ),
    case(
        "philippine-president-and-court",
        "Philippine President Rodrigo Duterte threatened to pull out of the International "
        "Criminal Court.",
        {("Rodrigo Duterte", P), ("International Criminal Court", O)},
        {"Rodrigo Duterte": {"title": "President", "country_code": "PH"}},
    ),
    case(
        "ethiopian-prime-minister",
        "Ethiopian Prime Minister Abiy Ahmed won the Nobel Peace Prize in 2019.",
        {("Abiy Ahmed", P)},
        {"Abiy Ahmed": {"title": "Prime Minister", "country_code": "ET"}},
    ),
    case(
        "haitian-prime-minister",
        "Haitian Prime Minister Ariel Henry resigned on Wednesday.",
        {("Ariel Henry", P)},
        {"Ariel Henry": {"title": "Prime Minister", "country_code": "HT"}},
    ),
    case(
        "dutch-and-belgian-prime-ministers",
        "Dutch Prime Minister Dick Schoof and Belgian Prime Minister Alexander De Croo met in "
        "Brussels.",
        {("Dick Schoof", P), ("Alexander De Croo", P)},
        {
            "Dick Schoof": {"title": "Prime Minister", "country_code": "NL"},
            "Alexander De Croo": {"title": "Prime Minister", "country_code": "BE"},
        },
    ),
    case(
        "nigerian-health-minister-yoruba-diacritics",
        "Nigerian Health Minister Ọláòṣebìkan Adéwálé said the outbreak was under control.",
        {("Ọláòṣebìkan Adéwálé", P)},
        {"Ọláòṣebìkan Adéwálé": {"title": "Health Minister", "country_code": "NG"}},
    ),
    case(
        "guatemalan-president-and-public-ministry",
        "Guatemalan President Bernardo Arévalo accused the Public Ministry of plotting a coup.",
        {("Bernardo Arévalo", P), ("Public Ministry", O)},
        {"Bernardo Arévalo": {"title": "President", "country_code": "GT"}},
    ),
    case(
        "president-and-vice-president-wife",
        "Nicaraguan President Daniel Ortega and his wife, Vice President Rosario Murillo, were "
        "sanctioned by the Treasury Department.",
        {("Daniel Ortega", P), ("Rosario Murillo", P), ("Treasury Department", O)},
        {
            "Daniel Ortega": {"title": "President", "country_code": "NI"},
            "Rosario Murillo": {"title": "Vice President"},
        },
    ),
    case(
        "pope-and-argentine-president",
        "Pope Francis met Argentine President Javier Milei at the Vatican on Monday.",
        {("Francis", P), ("Javier Milei", P)},
        {
            "Francis": {"title": "Pope"},
            "Javier Milei": {"title": "President", "country_code": "AR"},
        },
    ),
    case(
        "list-of-titled-ministers",
        "Attending were Defense Minister Benny Gantz, Foreign Minister Yair Lapid and Finance "
        "Minister Avigdor Liberman.",
        {("Benny Gantz", P), ("Yair Lapid", P), ("Avigdor Liberman", P)},
        {
            "Benny Gantz": {"title": "Defense Minister"},
            "Yair Lapid": {"title": "Foreign Minister"},
            "Avigdor Liberman": {"title": "Finance Minister"},
        },
    ),
    case(
        "lower-case-former-president",
        "Speaking to reporters, former president Evo Morales denied the allegations.",
        {("Evo Morales", P)},
        {"Evo Morales": {"title": ("former president", "president")}},
    ),
    case(
        "opposition-leader-lower-case-title",
        "Opposition leader María Corina Machado told supporters in Valencia that the fight "
        "was not over.",
        {("María Corina Machado", P)},
        {"María Corina Machado": {"title": ("Opposition leader", "leader")}},
    ),
    case(
        "abbreviated-title-gen",
        "Gen. Mark Milley told senators the withdrawal had been a strategic failure.",
        {("Mark Milley", P)},
        {"Mark Milley": {"title": "Gen."}},
    ),
    case(
        "abbreviated-title-sen-with-party",
        'Sen. Bernie Sanders (I-Vt.) called the bill "a disgrace."',
        {("Bernie Sanders", P)},
        {"Bernie Sanders": {"title": "Sen."}},
    ),
    case(
        "abbreviated-title-rep-hyphenated-surname",
        "Rep. Alexandria Ocasio-Cortez, a New York Democrat, questioned the chief executive.",
        {("Alexandria Ocasio-Cortez", P)},
        {"Alexandria Ocasio-Cortez": {"title": "Rep."}},
    ),
    case(
        "possessive-country-before-title",
        "Ecuador's President Daniel Noboa declared a state of emergency on Monday.",
        {("EC", C), ("Daniel Noboa", P)},
        {"Daniel Noboa": {"title": "President", "country_code": "EC"}},
    ),
    case(
        "ap-spelling-ecuadorean",
        "Ecuadorean President Rafael Correa said Thursday that Julian Assange could stay in "
        "the embassy indefinitely.",
        {("Rafael Correa", P), ("Julian Assange", P)},
        {"Rafael Correa": {"title": "President", "country_code": "EC"}},
    ),
    case(
        "two-word-demonym-south-african",
        "South African President Cyril Ramaphosa said the power cuts would end by winter.",
        {("Cyril Ramaphosa", P)},
        {"Cyril Ramaphosa": {"title": "President", "country_code": "ZA"}},
    ),
    case(
        "two-word-demonym-with-lower-case-title",
        "North Korean leader Kim Jong Un oversaw the test, state media said.",
        {("Kim Jong Un", P)},
        {"Kim Jong Un": {"title": "leader", "country_code": "KP"}},
    ),
    case(
        "demonym-before-lower-case-title",
        "Panamanian strongman Manuel Noriega surrendered to U.S. troops on Jan. 3, 1990.",
        {("Manuel Noriega", P), ("US", C)},
        {"Manuel Noriega": {"title": "strongman", "country_code": "PA"}},
    ),
    case(
        "soviet-premier",
        "Soviet Premier Nikita Khrushchev banged his shoe on the desk, according to witnesses.",
        {("Nikita Khrushchev", P)},
        {"Nikita Khrushchev": {"title": "Premier", "country_code": "SU"}},
    ),
    case(
        "former-before-demonym-and-title",
        "Former Spanish Prime Minister José Luis Rodríguez Zapatero arrived in Caracas to mediate.",
        {("José Luis Rodríguez Zapatero", P)},
        {
            "José Luis Rodríguez Zapatero": {
                "title": ("Former Prime Minister", "Prime Minister"),
                "country_code": "ES",
            }
        },
    ),
    case(
        "regnal-number",
        "Queen Elizabeth II opened the new session of Parliament on Tuesday.",
        {("Elizabeth II", P), ("Parliament", O)},
        {"Elizabeth II": {"title": "Queen"}},
    ),
    case(
        "arabic-al-prefix-in-surname",
        "Syrian President Bashar al-Assad fled to Moscow on Sunday.",
        {("Bashar al-Assad", P)},
        {"Bashar al-Assad": {"title": "President", "country_code": "SY"}},
    ),
    case(
        "von-der-particles",
        "Ursula von der Leyen said on Monday that the tariffs were unjustified.",
        {("Ursula von der Leyen", P)},
    ),
    case(
        "honorific-between-title-and-name",
        "Iran's Supreme Leader Ayatollah Ali Khamenei said the talks were a mistake.",
        {("IR", C), ("Ali Khamenei", P)},
        {
            "Ali Khamenei": {
                "title": ("Supreme Leader", "Supreme Leader Ayatollah"),
                "country_code": "IR",
            }
        },
    ),
    case(
        "title-not-in-list-adviser",
        "National Security Adviser Robert O'Brien said Tuesday that the sanctions would stay.",
        {("Robert O'Brien", P)},
        {"Robert O'Brien": {"title": "National Security Adviser"}},
    ),
    case(
        "title-not-in-list-taoiseach",
        "Taoiseach Leo Varadkar told the Dáil that the border would remain open.",
        {("Leo Varadkar", P), ("Dáil", O)},
        {"Leo Varadkar": {"title": "Taoiseach"}},
    ),
    case(
        "organization-before-title",
        "NATO Secretary-General Jens Stoltenberg said the alliance would not be divided.",
        {("NATO", O), ("Jens Stoltenberg", P)},
        {"Jens Stoltenberg": {"title": "Secretary-General"}},
    ),
    case(
        "un-before-title",
        "U.N. Secretary-General António Guterres urged both sides to show restraint.",
        {("United Nations", O), ("António Guterres", P)},
        {"António Guterres": {"title": "Secretary-General"}},
    ),
    case(
        "plural-title-before-list",
        "The letter was signed by Senators Marco Rubio, Bob Menendez and Tim Kaine.",
        {("Marco Rubio", P), ("Bob Menendez", P), ("Tim Kaine", P)},
    ),
    case(
        "qatar-emir-apposition-before",
        "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, hosted the talks in Doha.",
        {("QA", C), ("Tamim bin Hamad Al Thani", P)},
        {"Tamim bin Hamad Al Thani": {"title": ("Sheikh", "emir")}},
    ),
    case(
        "efe-dateline-demonym-lower-case-descriptor",
        "HAVANA, Oct 10 (EFE) - Dissident Guillermo Fariñas ended his hunger strike on "
        "Tuesday after 135 days.",
        {("EFE", O), ("Guillermo Fariñas", P)},
    ),
    case(
        "country-name-of-two-words-before-title",
        "BEIJING, June 4 (Reuters) - Chinese Premier Li Qiang held talks with visiting New "
        "Zealand Prime Minister Chris Hipkins in Beijing on Tuesday.",
        {("Reuters", O), ("Li Qiang", P), ("Chris Hipkins", P), ("NZ", C)},
        {
            "Li Qiang": {"title": "Premier", "country_code": "CN"},
            "Chris Hipkins": {"title": "Prime Minister", "country_code": "NZ"},
        },
    ),
    case(
        "country-name-before-secretary-of-defense",
        "South Korean President Yoon Suk Yeol met United States Secretary of Defense Lloyd "
        "Austin in Seoul.",
        {("Yoon Suk Yeol", P), ("Lloyd Austin", P), ("US", C)},
        {"Lloyd Austin": {"title": "Secretary of Defense", "country_code": "US"}},
    ),
    case(
        "minister-for-foreign-affairs",
        "Ireland's Minister for Foreign Affairs Micheál Martin met Palestinian Prime Minister "
        "Mohammad Mustafa in Dublin on Monday.",
        {("IE", C), ("Micheál Martin", P), ("Mohammad Mustafa", P)},
        {"Micheál Martin": {"title": "Minister for Foreign Affairs", "country_code": "IE"}},
    ),
    case(
        "cabinet-secretary-is-a-title-not-an-organization",
        "Kenya's Cabinet Secretary for Foreign Affairs Musalia Mudavadi held bilateral talks "
        "with his Somali counterpart Ahmed Moallim Fiqi in Nairobi on Monday.",
        {("KE", C), ("Musalia Mudavadi", P), ("Ahmed Moallim Fiqi", P)},
        {
            "Musalia Mudavadi": {
                "title": "Cabinet Secretary for Foreign Affairs",
                "country_code": "KE",
            },
            "Ahmed Moallim Fiqi": {"country_code": "SO"},
        },
    ),
    case(
        "military-rank-after-staff-title",
        "The Army Chief of Staff General Ahmed Osman met the visiting delegation.",
        {("Ahmed Osman", P)},
        {"Ahmed Osman": {"title": "Army Chief of Staff General"}},
    ),
    case(
        "press-release-honorifics-in-appositions",
        "The Minister of Foreign Affairs, Dr. Grace Naledi Pandor, today received the High "
        "Commissioner of India, Mr. Prabhat Kumar, in Pretoria.",
        {("Grace Naledi Pandor", P), ("IN", C), ("Prabhat Kumar", P)},
    ),
    case(
        "cold-war-demonym-west-german",
        "BONN, Jan 12 - West German Foreign Minister Hans-Dietrich Genscher met Soviet Ambassador "
        "Yuli Kvitsinsky today to discuss the missile talks, a spokesman said.",
        {("Hans-Dietrich Genscher", P), ("Yuli Kvitsinsky", P)},
        {
            "Hans-Dietrich Genscher": {"title": "Foreign Minister", "country_code": "DE"},
            "Yuli Kvitsinsky": {"title": "Ambassador", "country_code": "SU"},
        },
    ),
    case(
        "assistant-secretary-of-state",
        "SAN SALVADOR, El Salvador (AP) _ President Jose Napoleon Duarte met Tuesday with U.S. "
        "Assistant Secretary of State Elliott Abrams to discuss the peace plan.",
        {("AP", O), ("SV", C), ("Jose Napoleon Duarte", P), ("US", C), ("Elliott Abrams", P)},
        {"Elliott Abrams": {"title": "Assistant Secretary of State", "country_code": "US"}},
    ),
    case(
        "detective-is-a-title",
        "Anyone with information is asked to contact Detective Mark Ruiz at the station.",
        {("Mark Ruiz", P)},
        {"Mark Ruiz": {"title": "Detective"}},
    ),
    case(
        "honorific-before-organization-apposition-is-a-person",
        "Ms. Claire Nicolet, the group's emergency coordinator, said the hospital was full.",
        {("Claire Nicolet", P)},
    ),
    case(
        "by-before-a-weekday-is-no-byline",
        "By Tuesday, Defense Minister Ali Khan said the rebels had fled.",
        {("Ali Khan", P)},
    ),
    case(
        "city-before-local-title",
        "Moscow Mayor Sergei Sobyanin said the metro would reopen on Monday.",
        {("Sergei Sobyanin", P)},
        {"Sergei Sobyanin": {"title": "Mayor", "country_code": "RU"}},
    ),
    case(
        "us-state-before-local-title",
        "Texas Gov. Greg Abbott said the border would stay closed.",
        {("Greg Abbott", P)},
        {"Greg Abbott": {"title": "Gov.", "country_code": "US"}},
    ),
    case(
        "unknown-place-before-local-title",
        "Kaduna Governor Bashir Uba condemned the attack on the village.",
        {("Bashir Uba", P)},
        {"Bashir Uba": {"title": "Governor"}},
    ),
    case(
        "title-head-after-organization-before-unknown-given-name",
        "Central Bank Governor Olumide Adeyemi said inflation had slowed.",
        {("Olumide Adeyemi", P)},
        {"Olumide Adeyemi": {"title": "Central Bank Governor"}},
    ),
    case(
        "currency-is-no-country",
        "The contracts are worth 12.5 billion U.S. dollars, the Xinhua news agency said.",
        {("Xinhua", O)},
    ),
    case(
        "crude-grades-are-no-actors",
        "Nigeria's Bonny Light and Qua Iboe grades rose while Urals fell, traders said.",
        {("NG", C)},
    ),
    case(
        "person-apposition-with-an-occupation",
        "Brent Walsh, a trader in Singapore, said Asian refiners were cautious.",
        {("Brent Walsh", P)},
    ),
    case(
        "acronym-defined-after-head-noun-and-connectors",
        "The Association of the Petroleum Industry of Kurdistan (APIKUR) said exports would "
        "resume. APIKUR wants payment guarantees.",
        {("Association of the Petroleum Industry of Kurdistan", O)},
    ),
    case(
        "acronym-spelled-name-with-two-heads-is-one-body",
        "The Nigerian Upstream Petroleum Regulatory Commission (NUPRC) said output rose.",
        {("Nigerian Upstream Petroleum Regulatory Commission", O)},
    ),
    case(
        "dateline-acronym-and-full-name-are-one-outlet",
        "KYIV (AP) — Russia launched 40 drones overnight, The Associated Press reported.",
        {("Associated Press", O), ("RU", C)},
    ),
    case(
        "credits-with-colon-assistance-and-contributor-lines",
        "Edited by: Karl Hansen\n\n--With assistance from Tomas Berg.\n\nAssociated Press "
        "writer Lucia Ramos in Arequipa contributed to this report.",
        set(),
    ),
    case(
        "currency-prefix-is-no-country",
        "The loan is worth US$380 million, Finance Minister Ana Duarte said.",
        {("Ana Duarte", P)},
    ),
    case(
        "opening-adjective-before-a-country",
        "Neighboring Bolivia sent a team of 40 rescuers.",
        {("BO", C)},
    ),
    case(
        "small-state-demonym-before-title",
        "Maldivian President Ahmed Rasheed arrived in New Delhi on Sunday.",
        {("Ahmed Rasheed", P)},
        {"Ahmed Rasheed": {"country_code": "MV"}},
    ),
    case(
        "possessive-descriptor-describes-a-person",
        "Mark Ellis, the insurer's chairman, resigned on Friday.",
        {("Mark Ellis", P)},
    ),
    case(
        "country-as-subject-gives-no-descriptor-country",
        "An official in Iran told the news agency Reuters that talks would continue.",
        {("Reuters", O)},
        {"Reuters": {"country_code": None}},
    ),
    case(
        "weekday-given-name-is-kept",
        "Yoruba activist Sunday Adeyemi was freed on bail.",
        {("Sunday Adeyemi", P)},
    ),
    case(
        "one-word-grade-as-a-surname",
        "Czech lawmaker Tomas Sokol spoke first. Sokol said the vote would pass.",
        {("Tomas Sokol", P)},
        {"Sokol": {"entity": "Tomas Sokol"}},
    ),
    case(
        "title-modifier-before-local-title-stays-in-the-title",
        "Deputy Governor Rhoda Wanjiku said the county would reopen schools.",
        {("Rhoda Wanjiku", P)},
        {"Rhoda Wanjiku": {"title": "Deputy Governor"}},
    ),
    case(
        "acronym-after-and-the-is-the-second-body",
        "Russia's Defence Ministry and the Federal Security Service (FSB) said the border was "
        "closed.",
        {("RU", C), ("Defence Ministry", O), ("Federal Security Service", O)},
    ),
    case(
        "company-then-its-officers-title-then-the-officer",
        "Uniper Chief Executive Officer Michael Lewis said the deal would last a decade.",
        {("Uniper", O), ("Michael Lewis", P)},
        {"Michael Lewis": {"title": "Chief Executive Officer"}},
    ),
    case(
        "acronym-owning-an-officer-or-a-plant-is-a-company",
        "YPF chairman Horacio Marín said ENAP's Biobío refinery would take the crude.",
        {("YPF", O), ("ENAP", O), ("Horacio Marín", P)},
    ),
    case(
        "a-portfolio-the-title-list-does-not-spell-ends-before-the-name",
        "Minister for Industry, Commerce and Supplies Hari Bhattarai met Minister of "
        "Fisheries Lena Moss.",
        {("Hari Bhattarai", P), ("Lena Moss", P)},
    ),
    case(
        "a-portfolio-then-of-the-republic-of-a-country-is-the-title",
        "Deputy Minister of Trade of the Republic of Moldova Dorin Ceban met Minister of "
        "Energy and Mines of Peru Rosa Quispe.",
        {("MD", C), ("Dorin Ceban", P), ("PE", C), ("Rosa Quispe", P)},
        {
            "Dorin Ceban": {
                "title": "Deputy Minister of Trade of the Republic of Moldova",
                "country_code": "MD",
            },
            "Rosa Quispe": {"title": "Minister of Energy and Mines of Peru", "country_code": "PE"},
        },
    ),
    case(
        "an-honorific-after-the-country-of-a-title-is-in-neither",
        "She spoke with Minister for Foreign Affairs of Chile Mr. Tomas Ibarra.",
        {("CL", C), ("Tomas Ibarra", P)},
        {"Tomas Ibarra": {"title": "Minister for Foreign Affairs of Chile", "country_code": "CL"}},
    ),
    case(
        "portfolios-before-a-role-word-are-a-title",
        "Water Minister Selim Bakri and Trade Secretary Ana Lund spoke.",
        {("Selim Bakri", P), ("Ana Lund", P)},
        {"Selim Bakri": {"title": "Water Minister"}, "Ana Lund": {"title": "Trade Secretary"}},
    ),
    case(
        "the-is-no-part-of-a-portfolio-title",
        "The Secretary of Energy and Natural Resources Ana Lund spoke.",
        {("Ana Lund", P)},
        {"Ana Lund": {"title": "Secretary of Energy and Natural Resources"}},
    ),
    case(
        "a-title-of-state-for-a-portfolio-in-apposition",
        "Kuwait's Minister of State for Foreign Affairs, Fahad Al-Otaibi, arrived on Monday. "
        "The Minister of Energy of the Republic of Korea, Park Ji-hoon, and the Minister of "
        "State at the Ministry of Trade, Selim Bakri, were there too.",
        {("KW", C), ("Fahad Al-Otaibi", P), ("Park Ji-hoon", P), ("Selim Bakri", P)},
        {
            "Fahad Al-Otaibi": {
                "title": "Minister of State for Foreign Affairs",
                "country_code": "KW",
            },
            "Park Ji-hoon": {
                "title": "Minister of Energy of the Republic of Korea",
                "country_code": "KR",
            },
            "Selim Bakri": {"title": "Minister of State at the Ministry of Trade"},
        },
    ),
    case(
        "a-country-after-a-title-of-ends-the-title",
        "He was received by Prime Minister of Ukraine Mykola Tkachuk.",
        {("UA", C), ("Mykola Tkachuk", P)},
    ),
    case(
        "a-portfolio-of-a-country-is-no-name",
        "It was signed by the Minister for Petroleum of Papua New Guinea, Hon. Tobias Kera.",
        {("Tobias Kera", P)},  # the country in a title is no actor of its own
    ),
    case(
        "an-acronym-and-co-after-a-descriptor-is-a-company",
        "Japanese power company KORU Co. will deliver the cargoes.",
        {("KORU Co", O)},
    ),
    case(
        "a-legal-form-after-co-and-a-comma-belongs-to-the-company",
        "Mekong Energy Co., Ltd. bought the cargo.",
        {("Mekong Energy Co., Ltd", O)},
    ),
    case(
        "a-legal-form-after-corp-stop-belongs-to-the-company",
        "Kestrel Petroleum Corp. Ltd. bought the cargo.",
        {("Kestrel Petroleum Corp. Ltd", O)},
    ),
    case(
        "where-a-company-is-based-is-no-part-of-its-name",
        "The terminal of Lisbon-based Vantor Energy Corp. opened.",
        {("Vantor Energy Corp", O)},
    ),
    case(
        "a-countrys-acronym-named-company",
        "The deal with Germany's VEKO was signed.",
        {("DE", C), ("VEKO", O)},
    ),
    case(
        "international-ends-a-company-name",
        "PetroKarst International bought the cargo.",
        {("PetroKarst International", O)},
    ),
    case(
        "a-grade-after-its-demonym-is-no-actor",
        "The refiner bought four cargoes of Nigerian Bonny Light.",
        set(),
    ),
    case(
        "a-ministry-of-two-portfolios-joined-by-and",
        "The figures came from Mongolia's Ministry of Energy and Water Resources.",
        {("MN", C), ("Ministry of Energy and Water Resources", O)},
    ),
    case(
        "a-ministry-and-another-actor-stay-two",
        "The Ministry of Defence and the army said nothing.",
        {("Ministry of Defence", O)},
    ),
    case(
        "a-zone-a-memorial-and-provinces-are-places",
        "He toured the Kalo Special Economic Zone and the Ruben Vela Memorial, then flew to "
        "Ha Giang and Son La provinces.",
        set(),
    ),
    case(
        "a-name-after-gulf-of-is-a-place",
        "The vessel will anchor in the Gulf of Valdes in 2027.",
        set(),
    ),
    case(
        "a-spanish-union-is-an-organization",
        "The Sindicato de Trabajadores Portuarios de Bahia Blanca called a strike.",
        {("Sindicato de Trabajadores Portuarios de Bahia Blanca", O)},
    ),
    case(
        "a-refinery-introduced-by-its-capacity-is-a-company",
        "The 200,000 b/d Okoro refinery resumed runs on Monday.",
        {("Okoro refinery", O)},
    ),
    case(
        "a-refinery-named-for-its-place-is-no-actor",
        "Output at the Kelvara refinery fell, and Petrona Energy's Dunmore refinery shut a unit.",
        {("Petrona Energy", O)},
    ),
    case(
        "state-owned-before-a-bare-name-is-a-company",
        "The deal was signed with state-owned Angopet on Friday.",
        {("Angopet", O)},
    ),
    case(
        "acronym-after-a-descriptor",
        "The junta's statement was read on state television ORTM on Sunday.",
        {("ORTM", O)},
    ),
    case(
        "domain-word-and-named-body-are-one-name",
        "Turkey's Energy and Natural Resources Ministry said the Belt and Road Initiative would "
        "fund the line.",
        {("TR", C), ("Energy and Natural Resources Ministry", O), ("Belt and Road Initiative", O)},
    ),
    case(
        "person-and-a-ministry-stay-apart",
        "Foreign Minister Sergei Lavrov and Defence Ministry officials met the delegation.",
        {("Sergei Lavrov", P), ("Defence Ministry", O)},
    ),
    case(
        "two-word-place-opening-a-sentence-before-local-title",
        "New York Governor Lena Ortiz met San Diego Mayor Paul Weber on Friday.",
        {("Lena Ortiz", P), ("Paul Weber", P)},
        {
            "Lena Ortiz": {"title": "Governor", "country_code": "US"},
            "Paul Weber": {"title": "Mayor", "country_code": "US"},
        },
    ),
    case(
        "house-speaker-is-a-title",
        "House Speaker Mike Johnson refused to meet the opposition leader.",
        {("Mike Johnson", P)},
        {"Mike Johnson": {"title": "House Speaker"}},
    ),
]

APPOSITIONS_AND_REPORTING = [
    case(
        "minister-for-overseas-territories",
        "Minister for Overseas Territories Claire Dumont-Vasseur landed in Nouméa.",
        {("Claire Dumont-Vasseur", P)},
        {"Claire Dumont-Vasseur": {"title": ("Minister for Overseas Territories",)}},
    ),
    case(
        "a-places-office-then-its-holder",
        "Kaduna State Governor Ishaya Danladi Bako toured the camps.",
        {("Ishaya Danladi Bako", P)},
        {"Ishaya Danladi Bako": {"title": ("Kaduna State Governor",)}},
    ),
    case(
        "a-role-after-a-rank-word-is-no-name",
        "The Deputy Humanitarian Coordinator for Chad, Astrid Lindqvist-Moreau, arrived.",
        {("Astrid Lindqvist-Moreau", P), ("TD", C)},
    ),
    case(
        "abbreviated-muhammad-is-part-of-the-name",
        "The loan was approved by finance secretary Md. Rezaul Karim Sarker on Sunday.",
        {("Md. Rezaul Karim Sarker", P)},
    ),
    case(
        "group-ceo-before-a-name-with-a-particle",
        "Group CEO Saif Rashid Al Mazrouei said the terminal would open in May.",
        {("Saif Rashid Al Mazrouei", P)},
        {"Saif Rashid Al Mazrouei": {"title": ("Group CEO",)}},
    ),
    case(
        "minister-of-state-for-a-portfolio",
        "The visitors met Minister of State for Foreign Trade Hessa Khalid Al Falasi.",
        {("Hessa Khalid Al Falasi", P)},
        {"Hessa Khalid Al Falasi": {"title": ("Minister of State for Foreign Trade",)}},
    ),
    case(
        "portfolio-in-an-apposed-title-is-no-organization",
        "Nepal's Adviser for Water, Energy and Irrigation Resources, Bishnu Prasad Koirala, "
        "arrived on Saturday.",
        {("Bishnu Prasad Koirala", P), ("NP", C)},
    ),
    case(
        "apposition-countrys-capitalized-title",
        "The talks were joined by Togo's Foreign Minister, Kodjo Amedegnato, on Friday.",
        {("Kodjo Amedegnato", P), ("TG", C)},
        {"Kodjo Amedegnato": {"title": ("Foreign Minister",), "country_code": "TG"}},
    ),
    case(
        "apposition-countrys-title-with-listed-portfolios",
        "Guinea's Minister of Mines, Energy and Water, Sekou Camara Diallo, opened the fair.",
        {("Sekou Camara Diallo", P), ("GN", C)},
        {
            "Sekou Camara Diallo": {
                "title": ("Minister of Mines, Energy and Water",),
                "country_code": "GN",
            }
        },
    ),
    case(
        "apposition-the-countrys-chancellor",
        "Olaf Scholz, the country's chancellor, said on Sunday that his government would send "
        "more air-defence systems.",
        {("Olaf Scholz", P)},
        {
            "Olaf Scholz": {
                "title": ("chancellor", "country's chancellor", "the country's chancellor")
            }
        },
    ),
    case(
        "apposition-former-intelligence-officer",
        "Oleg Gordievsky, a former Soviet intelligence officer who later defected, told the "
        "BBC that the files were genuine.",
        {("Oleg Gordievsky", P), ("BBC", O)},
        {
            "Oleg Gordievsky": {
                "title": ("former Soviet intelligence officer", "former intelligence officer"),
                "country_code": "SU",
            }
        },
    ),
    case(
        "apposition-former-security-minister",
        "Genaro García Luna, a former Mexican security minister, was convicted in New York on "
        "Tuesday.",
        {("Genaro García Luna", P)},
        {
            "Genaro García Luna": {
                "title": ("former Mexican security minister", "former security minister"),
                "country_code": "MX",
            }
        },
    ),
    case(
        "apposition-former-president-after-name",
        "Juan Orlando Hernández, a former Honduran president, was sentenced to 45 years in prison.",
        {("Juan Orlando Hernández", P)},
        {
            "Juan Orlando Hernández": {
                "title": ("former Honduran president", "former president"),
                "country_code": "HN",
            }
        },
    ),
    case(
        "apposition-before-name",
        "The country's top prosecutor, Jorge Abbott, said the investigation would continue.",
        {("Jorge Abbott", P)},
        {"Jorge Abbott": {"title": ("top prosecutor", "prosecutor")}},
    ),
    case(
        "apposition-before-name-with-court",
        "Colombia's former president, Álvaro Uribe, appeared before the Supreme Court on Tuesday.",
        {("CO", C), ("Álvaro Uribe", P), ("Supreme Court", O)},
        {"Álvaro Uribe": {"title": "former president"}},
    ),
    case(
        "apposition-country-from-possessive",
        "Nayib Bukele, El Salvador's president, declared victory on Sunday night.",
        {("Nayib Bukele", P), ("SV", C)},
        {"Nayib Bukele": {"country_code": "SV"}},
    ),
    case(
        "apposition-with-descriptor-not-a-title",
        "Rosa María Payá, a Cuban activist, said the referendum was a sham.",
        {("Rosa María Payá", P)},
        {"Rosa María Payá": {"country_code": "CU"}},
    ),
    case(
        "apposition-leader-of-guerrillas",
        "Peruvian President Alberto Fujimori said the capture of Abimael Guzmán, leader of the "
        "Shining Path guerrillas, marked the end of an era.",
        {("Alberto Fujimori", P), ("Abimael Guzmán", P), ("Shining Path", O)},
        {"Alberto Fujimori": {"title": "President", "country_code": "PE"}},
    ),
    case(
        "apposition-candidate-then-reporting-verb",
        "Edmundo González Urrutia, the opposition's presidential candidate, said he would not "
        "recognize the result.",
        {("Edmundo González Urrutia", P)},
    ),
    case(
        "reporting-verb-unknown-given-name-hyphen",
        "Nkosazana Dlamini-Zuma told delegates in Addis Ababa that the commission would not "
        "be intimidated.",
        {("Nkosazana Dlamini-Zuma", P)},
    ),
    case(
        "reporting-verb-after-quote",
        '"We are not going to give up our sovereignty," Evo Morales said at a rally.',
        {("Evo Morales", P)},
    ),
    case(
        "reporting-verb-before-name",
        '"The elections were neither free nor fair," said Henrique Capriles, the opposition '
        "candidate.",
        {("Henrique Capriles", P)},
    ),
    case(
        "reporting-verb-told",
        "Mohammad Javad Zarif told state television that his country would not renegotiate.",
        {("Mohammad Javad Zarif", P)},
    ),
    case(
        "reporting-verb-said-plain",
        "Abiy Ahmed said on Sunday that the offensive was over.",
        {("Abiy Ahmed", P)},
    ),
    case(
        "reporting-verb-chinese-name",
        "Xi Jinping told the party congress that reunification was inevitable.",
        {("Xi Jinping", P)},
    ),
    case(
        "reporting-verb-accented-hyphenated-given-name",
        "Jean-Claude Juncker told lawmakers in Strasbourg that the talks had reached a "
        "decisive phase.",
        {("Jean-Claude Juncker", P)},
    ),
    case(
        "reporting-verb-polish-diacritics-and-union",
        "Lech Wałęsa, the leader of the Solidarity trade union, said on Sunday that the strikes "
        "would continue.",
        {("Lech Wałęsa", P), ("Solidarity", O)},
        {"Lech Wałęsa": {"title": "leader"}},
    ),
    case(
        "list-of-names-without-titles",
        "Those detained include the journalists Ondina Pacheco, Yusmila Reyna and Arián Tamayo.",
        {("Ondina Pacheco", P), ("Yusmila Reyna", P), ("Arián Tamayo", P)},
    ),
    case(
        "interview-headline-and-country",
        'Interview: Gabriel Boric says Chile "will not go back"',
        {("Gabriel Boric", P), ("CL", C)},
    ),
    case(
        "coup-with-gen-and-president",
        "Gen. Augusto Pinochet led the coup against President Salvador Allende on Sept. 11, 1973.",
        {("Augusto Pinochet", P), ("Salvador Allende", P)},
        {"Salvador Allende": {"title": "President"}},
    ),
]

COREFERENCE = [
    case(
        "country-lng-before-a-verb-is-the-company",
        "Nigeria LNG delivered three cargoes to Japan. Qatar LNG exports rose.",
        {("Nigeria LNG", O), ("JP", C), ("QA", C)},
        {"Nigeria LNG": {"type": O, "country_code": "NG"}},
    ),
    case(
        "acronym-defined-after-an-abbreviated-company-name",
        "Output at Korea Gas Corp. (KOGAS) fell. KOGAS blamed the weather.",
        {("Korea Gas Corp", O)},
        {"KOGAS": {"entity": "Korea Gas Corp"}},
    ),
    case(
        "capitalized-title-before-an-honorific-is-the-role",
        "The President of the Republic, Mr. Karim Zerrouki, received the envoy.",
        {("Karim Zerrouki", P)},
        {"Karim Zerrouki": {"title": "President of the Republic"}},
    ),
    case(
        "bodies-read-in-full-whatever-the-text-wrote",
        "The European Union pledged aid. The EU said the UN and the AU would monitor the truce.",
        {("European Union", O), ("United Nations", O), ("African Union", O)},
        {"UN": {"entity": "United Nations"}, "EU": {"entity": "European Union"}},
    ),
    case(
        "capitalized-title-in-apposition-makes-a-person",
        "The Minister of Finance, Kashim Yusuf, said revenue rose.",
        {("Kashim Yusuf", P)},
        {"Kashim Yusuf": {"title": "Minister of Finance"}},
    ),
    case(
        "a-rank-cut-off-by-a-hyphen-is-no-person",
        "The army chief, Lt.-Gen. Musa Danjuma, visited troops in Sokoto.",
        {("Musa Danjuma", P)},
        {},
    ),
    case(
        "first-word-of-an-organization-named-before-is-that-organization",
        "Output at Marlow Industries fell in May. Marlow blamed power cuts for the drop.",
        {("Marlow Industries", O)},
        {"Marlow": {"entity": "Marlow Industries", "type": O}},
    ),
    case(
        "a-country-opening-an-organization-name-stays-the-country",
        "Kenya Airways cut flights on Friday. Kenya said the airline would get state support.",
        {("Kenya Airways", O), ("KE", C)},
        {"Kenya": {"type": C}},
    ),
    case(
        "surname-resolves-to-full-name",
        "Chilean President Sebastián Piñera announced a cabinet reshuffle on Tuesday. Piñera "
        "said the changes would take effect immediately.",
        {("Sebastián Piñera", P)},
        {"Piñera": {"entity": "Sebastián Piñera", "type": P}},
    ),
    case(
        "titled-surname-resolves",
        "Colombian President Juan Manuel Santos met rebel negotiators on Monday. Later, "
        "President Santos told reporters an accord was close.",
        {("Juan Manuel Santos", P)},
        {"Santos": {"entity": "Juan Manuel Santos", "title": "President"}},
    ),
    case(
        "mr-surname-resolves",
        "SAN SALVADOR (AP) _ Nayib Bukele declared victory on Sunday night. Mr. Bukele said his "
        "party had won a supermajority in the legislature.",
        {("AP", O), ("Nayib Bukele", P)},
        {"Bukele": {"entity": "Nayib Bukele"}},
    ),
    case(
        "headline-surname-before-full-name",
        "Milei vows to slash spending\n\nBUENOS AIRES (Reuters) - Argentine President Javier "
        "Milei on Friday vowed to close a dozen ministries.",
        {("Javier Milei", P), ("Reuters", O)},
        {"Milei": {"entity": "Javier Milei"}},
    ),
    case(
        "two-people-two-surnames",
        "Brazilian President Jair Bolsonaro and former President Luiz Inácio Lula da Silva "
        "clashed in a televised debate. Bolsonaro accused Lula of corruption.",
        {("Jair Bolsonaro", P), ("Luiz Inácio Lula da Silva", P)},
        {
            "Bolsonaro": {"entity": "Jair Bolsonaro"},
            "Lula": {"entity": "Luiz Inácio Lula da Silva"},
            "Jair Bolsonaro": {"title": "President", "country_code": "BR"},
        },
    ),
    case(
        "surname-with-accent-dropped",
        "Colombian President Iván Duque met the envoy on Monday. Duque said the border would "
        "reopen.",
        {("Iván Duque", P)},
        {"Duque": {"entity": "Iván Duque"}},
    ),
    case(
        "canonical-is-fullest-form-seen",
        "Gustavo Petro said on Monday that talks would resume. Gustavo Petro Urrego, the "
        "country's president, spoke after meeting the rebels. Petro did not give a date.",
        {("Gustavo Petro Urrego", P)},
        {
            "Gustavo Petro": {"entity": "Gustavo Petro Urrego"},
            "Petro": {"entity": "Gustavo Petro Urrego"},
        },
    ),
    case(
        "later-after-sentence-start-word",
        "Interior Minister Rafael Gonzalez toured the border crossing. Later Gonzalez said the "
        "crossing would reopen.",
        {("Rafael Gonzalez", P)},
        {"Gonzalez": {"entity": "Rafael Gonzalez"}},
    ),
]

ORGANIZATIONS = [
    # A lone name after a country's possessive is that country's company when it trades oil.
    case(
        "countrys-lone-name-that-buys-cargoes-is-a-company",
        "Portugal's Galpex bought two cargoes of Angolan crude in May.",
        {("Galpex", O), ("PT", C)},
        {"Galpex": {"country_code": "PT"}},
    ),
    case(
        "countrys-lone-name-with-an-apposition-then-shipping",
        "Latvia's Baltnafta, a Nordex subsidiary, has been shipping diesel to Estonia.",
        {("Baltnafta", O), ("LV", C), ("EE", C)},
    ),
    case(
        "countrys-lone-name-that-speaks-is-no-company",
        "Russia's Novak said output was steady.",
        {("RU", C)},
    ),
    case(
        "acronym-with-a-countrys-company-apposition",
        "KPX, Kenya's state-owned oil company, said stocks were low.",
        {("KPX", O), ("KE", C)},
    ),
    case(
        "petro-and-a-country-is-a-national-oil-company",
        "Petrobolivia will deliver the fuel, and Petroparaguay will pay for it.",
        {("Petrobolivia", O), ("Petroparaguay", O)},
        {"Petrobolivia": {"country_code": "BO"}, "Petroparaguay": {"country_code": "PY"}},
    ),
    # French names keep their connectors and elisions: "des", "du", "d'", "de l'".
    case(
        "french-company-with-elided-connector",
        "Fuel for the north is bought by Société Togolaise d'Hydrocarbures (STH) each month.",
        {("Société Togolaise d'Hydrocarbures", O)},
    ),
    case(
        "french-office-with-des",
        "The Office Béninois des Produits Pétroliers said stocks would last a week.",
        {("Office Béninois des Produits Pétroliers", O)},
    ),
    case(
        "elided-particle-inside-a-surname",
        "The prize went to Amélie Fournier d'Arcy on Tuesday.",
        {("Amélie Fournier d'Arcy", P)},
    ),
    # A competition word after "League" makes a sports competition; "final communique" does not.
    case(
        "league-final-communique-is-an-organization",
        "The Arab League final communique condemned the strikes.",
        {("Arab League", O)},
    ),
    case(
        "acronym-defined-then-used",
        "The National Electoral Council (CNE) postponed the regional vote. The CNE did not "
        "give a reason.",
        {("National Electoral Council", O)},
        {"CNE": {"entity": "National Electoral Council"}},
    ),
    case(
        "acronym-with-of-in-expansion",
        "The Revolutionary Armed Forces of Colombia (FARC) signed a peace deal in 2016. FARC "
        "commanders later formed a political party.",
        {("Revolutionary Armed Forces of Colombia", O)},
        {"FARC": {"entity": "Revolutionary Armed Forces of Colombia"}},
    ),
    case(
        "acronym-known-org-with-of-in-expansion",
        "The Organization of American States (OAS) sent an observer mission. The OAS report "
        "cited serious irregularities.",
        {("Organization of American States", O)},
        {"OAS": {"entity": "Organization of American States"}},
    ),
    case(
        "acronym-party-and-assembly",
        "The Sandinista National Liberation Front (FSLN) won 65 percent of the vote, and the "
        "FSLN will keep its majority in the National Assembly.",
        {("Sandinista National Liberation Front", O), ("National Assembly", O)},
        {"FSLN": {"entity": "Sandinista National Liberation Front"}},
    ),
    case(
        "acronym-known-org-expanded",
        "The World Health Organization (WHO) declared a public health emergency. WHO experts "
        "will travel to the region next week.",
        {("World Health Organization", O)},
        {"WHO": {"entity": "World Health Organization"}},
    ),
    case(
        "acronym-five-letters",
        "Agents of the Bolivarian National Intelligence Service (SEBIN) raided the newspaper's "
        "offices. SEBIN later released two reporters.",
        {("Bolivarian National Intelligence Service", O)},
        {"SEBIN": {"entity": "Bolivarian National Intelligence Service"}},
    ),
    case(
        "acronym-after-possessive-country",
        "Russia's Federal Security Service (FSB) said it had detained a suspect. The FSB did "
        "not name him.",
        {("RU", C), ("Federal Security Service", O)},
        {"FSB": {"entity": "Federal Security Service"}},
    ),
    case(
        "acronym-of-company-with-particle",
        "State oil company Petróleos de Venezuela (PDVSA) said exports fell in May. PDVSA "
        "blamed the sanctions.",
        {("Petróleos de Venezuela", O)},
        {"PDVSA": {"entity": "Petróleos de Venezuela"}},
    ),
    case(
        "acronym-spelling-connector-and-legal-form",
        "Spanish refiner Compañía Española de Petróleos (CEPSA) bought the cargo. CEPSA "
        "declined to comment.",
        {("Compañía Española de Petróleos", O)},
        {"CEPSA": {"entity": "Compañía Española de Petróleos"}},
    ),
    case(
        "legislature-without-head-noun",
        "Prime Minister Narendra Modi addressed the Lok Sabha on Monday.",
        {("Narendra Modi", P), ("Lok Sabha", O)},
    ),
    case(
        "possessive-plural-party-name",
        "Brazil's Workers' Party nominated its candidate on Saturday.",
        {("BR", C), ("Workers' Party", O)},
    ),
    case(
        "ministry-of-with-possessive-country",
        "Ukraine's Ministry of Defence said on Saturday that the drones had been shot down.",
        {("UA", C), ("Ministry of Defence", O)},
    ),
    case(
        "demonym-ministry",
        "The Russian Interior Ministry said the suspects had been detained.",
        {("Russian Interior Ministry", O)},
        {"Russian Interior Ministry": {"country_code": "RU"}},
    ),
    case(
        "party-and-chamber",
        "Lawmakers from the Institutional Revolutionary Party walked out of the Chamber of "
        "Deputies on Thursday.",
        {("Institutional Revolutionary Party", O), ("Chamber of Deputies", O)},
    ),
    case(
        "outlet-after-descriptor",
        "The French daily Le Monde reported on Sunday that the contract had been cancelled.",
        {("Le Monde", O)},
    ),
    case(
        "outlet-with-head-noun-and-government",
        "According to the Kyodo News agency, the Japanese government will lodge a protest.",
        {("Kyodo News", O), ("JP", C)},
    ),
    case(
        "outlet-named-after-weekday",
        "The Sunday Times reported that the minister had misled Parliament.",
        {("Sunday Times", O), ("Parliament", O)},
    ),
    case(
        "outlet-known-without-head-noun",
        "Al Jazeera reported that the crossing had been closed since dawn.",
        {("Al Jazeera", O)},
    ),
    case(
        "outlet-and-company",
        "Bloomberg News reported that Saudi Aramco would cut its prices for Asia.",
        {("Bloomberg News", O), ("Saudi Aramco", O)},
    ),
    case(
        "outlet-unknown-acronym-after-descriptor",
        "The state news agency IRNA said the tanker had been seized in the Gulf.",
        {("IRNA", O)},
    ),
    case(
        "wire-unknown-upper-case-agency",
        "MANAGUA (UPI) -- The Sandinista government said Tuesday that the offensive had failed.",
        {("UPI", O)},
    ),
    case(
        "wire-lower-case-agency",
        "BERLIN (dpa) - The coalition agreed on a budget after weeks of talks.",
        {("dpa", O)},
    ),
    case(
        "armed-unit-with-number",
        "Investigators linked the attack to Unit 74455, a hacking group run by the GRU.",
        {("Unit 74455", O), ("GRU", O)},
    ),
    case(
        "armed-unit-after-possessive-country",
        "Israel's Unit 8200 is the military's signals intelligence arm.",
        {("IL", C), ("Unit 8200", O)},
    ),
    case(
        "armed-unit-with-ordinal",
        "Soldiers of the 82nd Airborne Division landed at dawn.",
        {("82nd Airborne Division", O)},
    ),
    case(
        "brigade",
        "The Azov Brigade said in a statement that its fighters had repelled the assault.",
        {("Azov Brigade", O)},
    ),
    case(
        "group-with-apposition",
        "The Wagner Group, a Russian mercenary outfit, has operated in Mali since 2021.",
        {("Wagner Group", O)},
    ),
    case(
        "list-of-known-organizations",
        "NATO, the IMF and the European Union all issued statements on Tuesday.",
        {("NATO", O), ("IMF", O), ("European Union", O)},
    ),
    case(
        "state-department",
        "The State Department said it was reviewing the visa applications.",
        {("State Department", O)},
    ),
    # Policy: a building standing for a government (the Pentagon, the Kremlin, the White House)
    # is not an actor of its own; analysts attribute such statements to the government.
    case(
        "pentagon-is-a-metonym-not-an-actor",
        "The Pentagon declined to comment on the report.",
        set(),
    ),
    case(
        "company-without-head-noun",
        "Gazprom said it would halt gas deliveries to Poland.",
        {("Gazprom", O), ("PL", C)},
    ),
    case(
        "central-banks",
        "The Federal Reserve and the European Central Bank both raised rates on Thursday.",
        {("Federal Reserve", O), ("European Central Bank", O)},
    ),
    case(
        "un-security-council",
        "The U.N. Security Council will vote on the resolution on Friday.",
        {("U.N. Security Council", O)},
    ),
    case(
        "militant-group-without-head-noun",
        "Nigerian President Muhammadu Buhari said the army had defeated Boko Haram.",
        {("Muhammadu Buhari", P), ("Boko Haram", O)},
        {"Muhammadu Buhari": {"title": "President", "country_code": "NG"}},
    ),
    case(
        "headline-all-caps-then-body",
        "PERU IN TURMOIL AS CONGRESS OUSTS PRESIDENT\n\nLIMA (Reuters) - Peru's Congress voted "
        "on Wednesday to remove President Pedro Castillo from office.",
        {("PE", C), ("Congress", O), ("Pedro Castillo", P), ("Reuters", O)},
        {"Pedro Castillo": {"title": "President"}},
    ),
    case(
        "acronym-expansion-stops-at-previous-sentence",
        "The figures come from the Ministry of Economy. The Economic Community of West African "
        "States (ECOWAS) lifted its sanctions in February.",
        {("Ministry of Economy", O), ("Economic Community of West African States", O)},
        {"ECOWAS": {"entity": "Economic Community of West African States"}},
    ),
    case(
        "lone-head-noun-does-not-split-an-agency",
        "U.S. crude inventories rose by 4.2 million barrels, the Energy Information "
        "Administration said.",
        {("US", C), ("Energy Information Administration", O)},
    ),
    case(
        "sheriffs-department-is-one-organization",
        "Sgt. Lisa Moreno of the Riverside County Sheriff's Department said the man shot his wife.",
        {("Riverside County Sheriff's Department", O), ("Lisa Moreno", P)},
    ),
    case(
        "attorney-generals-office",
        "The Attorney General's Office opened an inquiry into the contracts.",
        {("Attorney General's Office", O)},
    ),
    case(
        "party-with-lowercase-head",
        "But the Law and Justice party, which governed from 2015 to 2023, lost its majority.",
        {("Law and Justice party", O)},
    ),
    case(
        "ruling-party-with-lowercase-head",
        "The ruling Justice and Development party won 42 percent of the vote.",
        {("Justice and Development party", O)},
    ),
    case(
        "known-agencies-without-head-noun",
        "Donors such as the European Commission and USAID should fund depots, the state oil "
        "marketer SOMO said.",
        {("European Commission", O), ("USAID", O), ("SOMO", O)},
    ),
    case(
        "demonym-before-known-org-is-its-national-branch",
        "About 40 residents were displaced, and the American Red Cross is helping them.",
        {("American Red Cross", O)},
        {"American Red Cross": {"type": O, "country_code": "US"}},
    ),
    case(
        "petro-and-a-country-cut-short",
        "Petrotrin closed the plant, Petrobangla said.",
        {("Petrotrin", O), ("Petrobangla", O)},
        {"Petrotrin": {"country_code": "TT"}, "Petrobangla": {"country_code": "BD"}},
    ),
    case(
        "country-lng-after-a-preposition-is-the-company",
        "Osaka Gas signed a deal with Peru LNG, while imports of Qatari LNG fell.",
        {("Osaka Gas", O), ("Peru LNG", O)},
        {"Peru LNG": {"type": O, "country_code": "PE"}},
    ),
    case(
        "power-and-electric-are-company-heads",
        "Kansai Electric and Hanseo Power bought the cargoes.",
        {("Kansai Electric", O), ("Hanseo Power", O)},
    ),
    case(
        "camel-case-state-company",
        "QatarEnergy signed the deal, and PetroVietnam said it would follow.",
        {("QatarEnergy", O), ("PetroVietnam", O)},
        {"QatarEnergy": {"country_code": "QA"}, "PetroVietnam": {"country_code": "VN"}},
    ),
    case(
        "endowment-is-an-organization-head",
        "According to a 2019 report by the Carnegie Endowment for International Peace, the "
        "reforms stalled.",
        {("Carnegie Endowment for International Peace", O)},
    ),
    case(
        "publisher-inside-publication-title",
        "Sources: IEA World Energy Outlook; OPEC Monthly Oil Market Report.",
        {("IEA", O), ("OPEC", O)},
    ),
    case(
        "publisher-before-lowercase-report",
        "The World Bank Global Economic Prospects report cut the growth forecast.",
        {("World Bank", O)},
    ),
    case(
        "publisher-with-head-inside-publication-title",
        "Data: Energy Institute Statistical Review of World Energy 2023.",
        {("Energy Institute", O)},
    ),
    case(
        "court-ruling-on-is-still-a-court",
        "The ruling by the Supreme Court on Monday upheld the ban.",
        {("Supreme Court", O)},
    ),
    case(
        "club-named-after-its-city",
        "The Los Angeles Lakers beat the Boston Celtics 112-104 on Sunday.",
        {("Los Angeles Lakers", O), ("Boston Celtics", O)},
    ),
    case(
        "union-named-before-lowercase-union",
        "The Teamsters union said on Monday that its members would walk out.",
        {("Teamsters", O)},
    ),
    case(
        "union-several-words-before-lowercase-union",
        "Members of the United Auto Workers union rejected the offer.",
        {("United Auto Workers", O)},
    ),
    case(
        "demonym-before-lowercase-union-is-no-name",
        "The Polish union of miners rejected the offer.",
        set(),
    ),
]

COUNTRIES = [
    case(
        "short-forms-us-and-uk",
        "The U.S. and the UK imposed new sanctions on Iran on Thursday.",
        {("US", C), ("GB", C), ("IR", C)},
    ),
    case(
        "us-without-dots",
        "Officials said the US had approved the sale of fighter jets to Taiwan.",
        {("US", C), ("TW", C)},
    ),
    case(
        "full-country-names",
        "The United Kingdom and the Russian Federation expelled each other's diplomats.",
        {("GB", C), ("RU", C)},
    ),
    case(
        "britain-and-usa",
        "Britain joined the USA in condemning the launch.",
        {("GB", C), ("US", C)},
    ),
    case(
        "demonym-regime",
        "Dissidents say the Cuban regime has jailed more than a thousand protesters.",
        {("CU", C)},
    ),
    case(
        "demonym-authorities",
        "Iranian authorities arrested two French nationals on espionage charges.",
        {("IR", C)},
    ),
    case(
        "demonym-government-possessive",
        "The Nicaraguan government's decision to expel the nuns drew criticism.",
        {("NI", C)},
    ),
    case(
        "demonym-officials",
        "Chinese officials rejected the accusation on Monday.",
        {("CN", C)},
    ),
    case(
        "two-word-demonym-regime",
        "The North Korean regime fired two ballistic missiles into the sea.",
        {("KP", C)},
    ),
    case(
        "demonym-government-and-country",
        "The Venezuelan government recalled its ambassador from Colombia after Colombia "
        "recognized the opposition.",
        {("VE", C), ("CO", C)},
    ),
    case(
        "dr-congo",
        "DR Congo and Rwanda signed a ceasefire agreement.",
        {("CD", C), ("RW", C)},
    ),
    case(
        "cote-divoire-with-apostrophe",
        "Côte d'Ivoire recalled its ambassador.",
        {("CI", C)},
    ),
    case(
        "country-name-with-and",
        "Trinidad and Tobago extradited the suspect on Friday.",
        {("TT", C)},
    ),
    case(
        "bosnia-and-herzegovina",
        "Bosnia and Herzegovina applied for membership of the bloc.",
        {("BA", C)},
    ),
    case(
        "the-netherlands-and-uae",
        "The Netherlands and the UAE signed an energy agreement.",
        {("NL", C), ("AE", C)},
    ),
    case(
        "country-short-form-then-long-form",
        "The U.S. vetoed the resolution. The United States of America said the text was one-sided.",
        {("US", C)},
        {"U.S.": {"entity": "US"}, "United States of America": {"entity": "US"}},
    ),
    case(
        "demonym-list-before-troops",
        "The multinational force, with French, Italian and British troops, reported no casualties.",
        {("FR", C), ("IT", C), ("GB", C)},
    ),
    case(
        "demonym-pair-before-government",
        "Both the Greek and Turkish governments rejected the plan.",
        {("GR", C), ("TR", C)},
    ),
]

ORGANIZATIONS += [
    case(
        "organization-owned-by-possessive-country",
        "Libya's National Oil Corporation said shipments to Italy had been halted by the blockade.",
        {("LY", C), ("National Oil Corporation", O), ("IT", C)},
        {"National Oil Corporation": {"country_code": "LY"}},
    ),
    case(
        "company-after-possessive-country-and-descriptor",
        "Mexico's state oil company Pemex sent two cargoes of crude to Cuba this year.",
        {("MX", C), ("Pemex", O), ("CU", C)},
        {"Pemex": {"country_code": "MX"}},
    ),
]

ORGANIZATIONS += [
    case(
        "banks-named-like-people-before-reporting-verbs",
        "Goldman Sachs said oil could reach $100. Morgan Stanley said demand would weaken.",
        {("Goldman Sachs", O), ("Morgan Stanley", O)},
    ),
    case(
        "newspaper-after-the",
        "The Guardian reported that the talks had stalled.",
        {("Guardian", O)},
    ),
    case(
        "company-with-legal-suffix-corefers-with-short-name",
        "Chevron Corp shipped its first cargo in four years on Friday. Analysts said the deal "
        "with Chevron would boost output.",
        {("Chevron Corp", O)},
        {"Chevron": {"entity": "Chevron Corp"}},
    ),
    case(
        "company-named-energy-before-reporting-verb",
        "Analysts at Rystad Energy said exports could reach 800,000 bpd.",
        {("Rystad Energy", O)},
        {"Rystad Energy": {"type": O}},
    ),
    case(
        "newspaper-name-starting-with-city",
        "Buenos Aires Times reported that Economy Minister Luis Caputo met bankers in New York.",
        {("Buenos Aires Times", O), ("Luis Caputo", P)},
    ),
    case(
        "title-case-headline-names-only-known-actors",
        "Saudi Oil Exports to China Rise in March\n\nRIYADH (Reuters) - Saudi Arabia's crude "
        "exports rose in March, while oil prices fell.",
        {("CN", C), ("Reuters", O), ("SA", C)},
    ),
    case(
        "caption-of-names-is-no-headline",
        "Dilma Rousseff y Cristina Kirchner\n\nThe two former presidents spoke at the forum.",
        {("Dilma Rousseff", P), ("Cristina Kirchner", P)},
    ),
    case(
        "regional-body-named-community",
        "Observers from the Southern African Development Community said the election fell short.",
        {("Southern African Development Community", O)},
    ),
    case(
        "organizations-named-brotherhood-and-guards",
        "The Muslim Brotherhood and the Revolutionary Guards were blamed.",
        {("Muslim Brotherhood", O), ("Revolutionary Guards", O)},
    ),
]

APPOSITIONS_AND_REPORTING += [
    case(
        "british-honorifics-without-dots",
        "Ms Reeves told the BBC that Mr Hunt had left a black hole in the public finances.",
        {("Reeves", P), ("BBC", O), ("Hunt", P)},
        {"Reeves": {"title": "Ms"}, "Hunt": {"title": "Mr"}},
    ),
    case(
        "british-sir-and-lord",
        "Sir Keir Starmer met Lord Cameron at Downing Street.",
        {("Keir Starmer", P), ("Cameron", P)},
        {"Keir Starmer": {"title": "Sir"}, "Cameron": {"title": "Lord"}},
    ),
    case(
        "full-name-proven-by-its-surname-speaking-later",
        "When Jacinda Ardern stepped down as New Zealand's prime minister, she shocked voters. "
        "Ardern said she no longer had enough in the tank.",
        {("Jacinda Ardern", P), ("NZ", C)},
        {"Ardern": {"entity": "Jacinda Ardern"}},
    ),
    case(
        "full-name-proven-by-honorific-surname-later",
        "The deal was brokered by Abdulrahman Kaseem. Mr. Kaseem declined to comment.",
        {("Abdulrahman Kaseem", P)},
        {"Kaseem": {"entity": "Abdulrahman Kaseem"}},
    ),
    case(
        "age-apposition-is-person-evidence",
        "Chidiebere Okafor, 54, a trader from Onitsha, was among the injured.",
        {("Chidiebere Okafor", P)},
    ),
]

# Names joined by particles ("bin", "Al"), honorifics between title and name, portfolios
# in apposition: Gulf and South Asian state-agency style.
PARTICLES_AND_PORTFOLIOS = [
    case(
        "a-five-word-name-with-particles-after-a-title",
        "Energy Minister Faris bin Nasser Al Kindi met the delegation.",
        {("Faris bin Nasser Al Kindi", P)},
        {"Faris bin Nasser Al Kindi": {"title": "Energy Minister"}},
    ),
    case(
        "a-portfolio-title-then-a-name-with-particles",
        "Minister of Commerce Salim bin Rashid Al Maskari will head the delegation.",
        {("Salim bin Rashid Al Maskari", P)},
        {"Salim bin Rashid Al Maskari": {"title": "Minister of Commerce"}},
    ),
    case(
        "an-engineer-honorific-is-neither-title-nor-name",
        "Minister of Energy and Minerals Eng. Faris bin Nasser Al Kindi opened the plant.",
        {("Faris bin Nasser Al Kindi", P)},
        {"Faris bin Nasser Al Kindi": {"title": "Minister of Energy and Minerals"}},
    ),
    case(
        "a-portfolio-in-apposition-is-no-organization",
        "Tanvir Hossain Mollik, State Minister for Power of Bangladesh, arrived on Monday. "
        "So did Ruksana Begum, Minister for Water, Energy and Mineral Resources.",
        {("Tanvir Hossain Mollik", P), ("Ruksana Begum", P)},
    ),
    case(
        "a-company-after-president-of-is-still-a-company",
        "Tomas Lindqvist, President of Nordvik Petroleum, arrived.",
        {("Tomas Lindqvist", P), ("Nordvik Petroleum", O)},
    ),
    case(
        "a-trade-descriptor-in-apposition-makes-a-company",
        "Drava Cjevovod (DRCJ), the pipeline operator in Croatia, confirmed the halt.",
        {("Drava Cjevovod", O)},
    ),
    case(
        "a-trade-descriptor-after-an-adverb-is-no-company",
        "Separately, Iraq's state-owned marketer Somo agreed to supply crude to Pakistan.",
        {("IQ", C), ("Somo", O), ("PK", C)},
    ),
    case(
        "foreign-language-company-heads",
        "Hidrocarburos de Ogooue and the Raffinerie Nationale de Vridi signed the deal.",
        {("Hidrocarburos de Ogooue", O), ("Raffinerie Nationale de Vridi", O)},
    ),
    case(
        "an-organization-stops-before-a-month-after-for-the",
        "The cargoes were bought from Nordvik Energy Trading for the July peak.",
        {("Nordvik Energy Trading", O)},
    ),
    case(
        "a-hyphenated-given-name-is-known-by-its-first-part",
        "The letter was signed by Hamid-Reza Tabrizi.",
        {("Hamid-Reza Tabrizi", P)},
    ),
    case(
        "a-style-of-address-is-no-part-of-the-name-and-the-title-of-a-body-before-it-counts",
        "The minister met the chairman of Eko Coastal Refinery, Alhaji Sani Musa Kwari, and "
        "the managing director of NLNG, Engr. Chukwuma Obi-Eze.",
        {("Eko Coastal Refinery", O), ("Sani Musa Kwari", P), ("Chukwuma Obi-Eze", P)},
        {
            "Sani Musa Kwari": {"title": "chairman of Eko Coastal Refinery"},
            "Chukwuma Obi-Eze": {"title": "managing director of NLNG"},
        },
    ),
    case(
        "a-commodity-in-brackets-after-a-portfolio-is-no-organization",
        "He met the Minister of State for Petroleum Resources (Gas), Amina Yusuf Bello.",
        {("Amina Yusuf Bello", P)},
        {"Amina Yusuf Bello": {"title": "Minister of State for Petroleum Resources"}},
    ),
    case(
        "a-ministers-title-ending-in-a-country-names-no-organization",
        "He spoke with the First Deputy Minister of Trade of the Republic of Kazakhstan, Aidos "
        "Nurlanov.",
        {("KZ", C), ("Aidos Nurlanov", P)},
        {
            "Aidos Nurlanov": {
                "title": "First Deputy Minister of Trade of the Republic of Kazakhstan"
            }
        },
    ),
    case(
        "an-acronym-spelt-out-in-brackets-after-it-and-a-free-zone-company",
        "The trader HGT (Hrvatska Goriva Trgovina) bought the cargo from Caspian Meridian FZE.",
        {("Hrvatska Goriva Trgovina", O), ("Caspian Meridian FZE", O)},
        {"HGT": {"entity": "Hrvatska Goriva Trgovina"}},
    ),
    case(
        "head-words-and-a-legal-form-after-and-finish-one-name",
        "Under the contract, Binh Duong Refinery and Petrochemical LLC will supply jet fuel.",
        {("Binh Duong Refinery and Petrochemical LLC", O)},
    ),
    case(
        "neg-a-region-before-lng-and-a-verb-in-capitals-are-no-companies",
        "European LNG buyers are scrambling. The ruling party CONDEMNED the attack.",
        set(),
    ),
    case(
        "a-persons-name-spelt-out-after-initials-stays-a-person",
        "AMLO (Andres Manuel Lopez Obrador) met Joe Biden.",
        {("Andres Manuel Lopez Obrador", P), ("Joe Biden", P)},
    ),
    case(
        "a-role-of-a-state-named-in-full-then-a-patronymic-name",
        "Prime Minister of the Republic of Uzbekistan Bakhtiyor Rustamovich Aliyev spoke with "
        "Prime Minister of the Republic of Azerbaijan Elchin Tahir oglu Mammadli.",
        {
            ("UZ", C),
            ("AZ", C),
            ("Bakhtiyor Rustamovich Aliyev", P),
            ("Elchin Tahir oglu Mammadli", P),
        },
        {"Bakhtiyor Rustamovich Aliyev": {"title": "Prime Minister of the Republic of Uzbekistan"}},
    ),
    case(
        "a-style-of-address-yields-to-the-office-in-apposition",
        "His Excellency Eng. Salim bin Rashid Al Harthy, Minister of Energy, met the press.",
        {("Salim bin Rashid Al Harthy", P)},
        {"Salim bin Rashid Al Harthy": {"title": "Minister"}},
    ),
    case(
        "a-portfolio-after-a-demonym-before-the-role",
        "The Lithuanian Climate Minister Aiste Kazlauskiene-Rudyte spoke to reporters.",
        {("Aiste Kazlauskiene-Rudyte", P)},
        {"Aiste Kazlauskiene-Rudyte": {"title": "Climate Minister", "country_code": "LT"}},
    ),
    case(
        "an-employer-before-a-lower-case-title-is-an-organization",
        "Kumul Petroleum Holdings signed it. Kumul managing director Josie Wari spoke, and "
        "Mekong Petro general director Nguyen Thi Lan agreed.",
        {
            ("Kumul Petroleum Holdings", O),
            ("Mekong Petro", O),
            ("Josie Wari", P),
            ("Nguyen Thi Lan", P),
        },
        {"Kumul": {"entity": "Kumul Petroleum Holdings"}},
    ),
    case(
        "company-forms-of-other-countries-end-the-name",
        "Baltic Amber Refining UAB bought crude from Fjord Petroleum ASA, Malacca Crude Sdn Bhd, "
        "Kansai Sekiyu K.K. and Benguela Offshore Marketing S.A., while Rhodope Fuels EOOD and "
        "Struma Energija DOOEL sold diesel.",
        {
            ("Baltic Amber Refining UAB", O),
            ("Fjord Petroleum ASA", O),
            ("Malacca Crude Sdn Bhd", O),
            ("Kansai Sekiyu K.K.", O),
            ("Benguela Offshore Marketing S.A.", O),
            ("Rhodope Fuels EOOD", O),
            ("Struma Energija DOOEL", O),
        },
    ),
    case(
        "to-between-two-companies-joins-no-name",
        "Deliveries from Khor Marine Trading to Dung Quat Refining stopped, the Committee to "
        "Protect Journalists said.",
        {
            ("Khor Marine Trading", O),
            ("Dung Quat Refining", O),
            ("Committee to Protect Journalists", O),
        },
    ),
    case(
        "an-authority-named-for-oil-is-one-body",
        "The Libyan Oil Marketing Authority sold the cargo.",
        {("Libyan Oil Marketing Authority", O)},
    ),
]

ACTOR_CASES = (
    TITLED
    + APPOSITIONS_AND_REPORTING
    + COREFERENCE
    + ORGANIZATIONS
    + COUNTRIES
    + PARTICLES_AND_PORTFOLIOS
)


@pytest.mark.parametrize(("text", "expected", "details"), ACTOR_CASES)
def test_actors(
    text: str, expected: set[tuple[str, str]], details: dict[str, dict[str, Any]]
) -> None:
    analysis = analyze(text)
    assert actor_set(analysis) == expected
    for surface, want in details.items():
        found = [m for m in analysis.mentions if m.text == surface]
        assert found, f"no mention {surface!r}"
        for m in found:
            if "type" in want:
                assert m.actor_type == want["type"], surface
            if "entity" in want:
                assert _entity_label(analysis, m.entity_key)[0] == want["entity"], surface
            if "country_code" in want:
                assert m.country_code == want["country_code"], surface
            if "title" in want:
                accepted = want["title"] if isinstance(want["title"], tuple) else (want["title"],)
                assert m.title in accepted, surface


def test_canonical_name_is_the_fullest_form_of_a_country() -> None:
    analysis = analyze(
        "The U.S. vetoed the resolution. The United States of America said the text was one-sided."
    )
    (entity,) = analysis.entities
    assert entity.canonical_name == "United States of America"


def test_canonical_name_of_an_acronym_is_its_expansion() -> None:
    analysis = analyze(
        "The National Electoral Council (CNE) postponed the regional vote. The CNE did not "
        "give a reason."
    )
    (entity,) = analysis.entities
    assert entity.canonical_name == "National Electoral Council"
    assert entity.actor_type == O


# ----------------------------------------------------------------------------- negatives

NEGATIVES = [
    pytest.param(
        "He met members of the Solomon Islander community in Suva.",
        "Solomon Islander",
        id="two-word-demonym-is-no-person",
    ),
    pytest.param(
        "The Minister of Energy, Mines and Renewable Energies, Mr. Nacer Hamidi, spoke.",
        "Mines and Renewable Energies",
        id="domain-after-a-roles-of-is-part-of-the-role",
    ),
    pytest.param(
        "The Minister for Energy, Dr Rehema Juma, opened the plant.",
        "Minister for Energy",
        id="role-of-a-domain-is-no-body",
    ),
    pytest.param(
        "Coastal Regional Police Commander John Otieno said six people died.",
        "Coastal Regional Police Commander",
        id="role-ending-a-capitalized-phrase-is-no-body",
    ),
    pytest.param(
        "Protesters blocked the highway for a third day.", "Protesters", id="sentence-start"
    ),
    pytest.param(
        "Analysts said the central bank would cut rates again.",
        "Analysts",
        id="sentence-start-before-reporting-verb",
    ),
    pytest.param(
        "Officials said the talks would resume in the spring.",
        "Officials",
        id="officials-before-said",
    ),
    pytest.param(
        "Asked whether he would resign, Finance Minister Mario Marcel said no.",
        "Asked",
        id="participle-starting-sentence",
    ),
    pytest.param(
        "Interior Minister Rafael Gonzalez toured the border crossing. Later Gonzalez said the "
        "crossing would reopen.",
        "Later",
        id="adverb-glued-to-surname",
    ),
    pytest.param("In March, the ministry raised fuel prices.", "March", id="month"),
    pytest.param(
        "June elections will be decisive, Foreign Minister Ana Pérez said.",
        "June",
        id="month-starting-sentence",
    ),
    pytest.param(
        "LONDON, Jan 5 (Reuters) - Oil prices rose on Monday.", "Jan", id="month-in-dateline"
    ),
    pytest.param("May Day rallies drew thousands of workers.", "May Day", id="may-day"),
    pytest.param("Sunday's vote was peaceful, observers said.", "Sunday", id="weekday-possessive"),
    pytest.param(
        "Thursday Ortiz and two colleagues were released.",
        "Thursday",
        id="weekday-before-surname",
    ),
    pytest.param("Protesters gathered on Main Street on Saturday.", "Main Street", id="street"),
    pytest.param(
        "The march ended on Pennsylvania Avenue near the Capitol.",
        "Pennsylvania Avenue",
        id="avenue",
    ),
    pytest.param(
        "Supporters gathered on Simón Bolívar Avenue in the capital.",
        "Simón Bolívar Avenue",
        id="avenue-named-after-a-person",
    ),
    pytest.param(
        "The rally was streamed on Facebook Live and shared thousands of times.",
        "Facebook Live",
        id="social-network-feature",
    ),
    pytest.param(
        "He announced his candidacy on Google Meet.", "Google Meet", id="product-google-meet"
    ),
    pytest.param(
        "The minister drafted the decree in Microsoft Word, the metadata showed.",
        "Microsoft Word",
        id="product-microsoft-word",
    ),
    pytest.param(
        "BREAKING: Ceasefire collapses in the north", "BREAKING", id="headline-label-breaking"
    ),
    pytest.param(
        "BREAKING: Ceasefire collapses in the north", "Ceasefire", id="headline-first-word"
    ),
    pytest.param(
        "Exclusive: Inside the talks that ended the strike", "Inside", id="headline-after-label"
    ),
    pytest.param("UPDATE 2-Oil prices climb after OPEC+ cut", "UPDATE", id="wire-update-label"),
    pytest.param(
        '"SHAME ON YOU," the crowd chanted outside the ministry.',
        "SHAME ON YOU",
        id="all-caps-chant",
    ),
    pytest.param(
        "The minister called the report ABSOLUTELY FALSE.",
        "ABSOLUTELY FALSE",
        id="all-caps-emphasis",
    ),
    pytest.param(
        "BOGOTÁ (AP) _ Heavy rains flooded parts of the capital on Tuesday.",
        "BOGOTÁ",
        id="dateline-city",
    ),
    pytest.param(
        "Japanese Prime Minister Shinzo Abe will visit Pearl Harbor later this month.",
        "Pearl Harbor",
        id="place-with-given-name-pearl",
    ),
    pytest.param(
        "Hurricane Maria killed nearly 3,000 people in Puerto Rico.",
        "Hurricane Maria",
        id="hurricane-with-given-name",
    ),
    pytest.param(
        "Ethiopian Prime Minister Abiy Ahmed won the Nobel Peace Prize in 2019.",
        "Nobel Peace Prize",
        id="prize",
    ),
    pytest.param(
        "Real Madrid won the Champions League final in Paris.",
        "Champions League",
        id="competition-named-league",
    ),
    pytest.param(
        "Liverpool clinched the Premier League title on Sunday.",
        "Premier League",
        id="competition-league-title",
    ),
    pytest.param(
        "Relations had not been this tense since the Cold War.", "Cold War", id="historic-era"
    ),
    pytest.param(
        "Venezuelans lined up for hours to vote.", "Venezuelans", id="demonym-plural-people"
    ),
    pytest.param("Fighting paused on Christmas Eve.", "Christmas Eve", id="holiday"),
    pytest.param(
        "The President said nothing about the deal.", "President", id="bare-title-no-name"
    ),
    pytest.param("Supporters chanted in Spanish outside the court.", "Spanish", id="language-name"),
    pytest.param(
        "Nigeria exported 1.9 million bpd of crude in March, the state oil company said.",
        "March",
        id="month-before-organization-apposition",
    ),
    pytest.param(
        "Peruvian President Dina Boluarte received the Chilean Foreign Minister, Alberto van "
        "Klaveren, at the Government Palace on Thursday.",
        "Government Palace",
        id="palace-named-after-government",
    ),
    pytest.param(
        "Mr Starmer met Mr Trump at the White House on Thursday, Downing Street said.",
        "Downing Street",
        id="street-as-seat-of-government",
    ),
    pytest.param(
        "Saudi Arabia raised the price of its Arab Light crude for Asian buyers.",
        "Asian",
        id="regional-adjective-after-for",
    ),
    pytest.param(
        "JOHANNESBURG, South Africa (AP) _ Police fired tear gas at 3,000 mourners at a funeral "
        "in Soweto on Sunday.",
        "Police",
        id="head-noun-opening-sentence-after-dateline",
    ),
    pytest.param(
        "Thousands rallied in Independence Square on Sunday.",
        "Independence Square",
        id="square",
    ),
    pytest.param(
        "Joe Biden spoke at the Royal Castle Gardens in Warsaw.",
        "Royal Castle Gardens",
        id="gardens-are-a-place",
    ),
    pytest.param(
        "Israeli warplanes flew over the Bekaa Valley, the state-run radio said.",
        "Bekaa Valley",
        id="valley-is-a-place",
    ),
    pytest.param(
        "Output from the Johan Sverdrup field reached 755,000 barrels per day.",
        "Johan Sverdrup",
        id="name-before-field-is-a-facility",
    ),
    pytest.param(
        "Detainees at the Abu Ghraib prison were moved last week.",
        "Abu Ghraib",
        id="name-before-prison-is-a-facility",
    ),
    pytest.param(
        "The two leaders welcomed the Comprehensive Strategic Partnership signed last year.",
        "Strategic Partnership",
        id="strategic-partnership-is-an-agreement",
    ),
    pytest.param(
        "Thousands marched on Independence Day to mark the Warsaw Uprising.",
        "Independence Day",
        id="holiday-is-no-actor",
    ),
    pytest.param(
        "Thousands marched on Independence Day to mark the Warsaw Uprising.",
        "Warsaw Uprising",
        id="uprising-is-no-actor",
    ),
    pytest.param(
        "The Paris Agreement set a goal of 1.5 degrees.",
        "Paris Agreement",
        id="agreement-is-no-actor",
    ),
    pytest.param(
        "Staff gathered for the annual Christmas party at the office.",
        "Christmas",
        id="christmas-party-is-no-organization",
    ),
    pytest.param(
        "Shelling killed 12 civilians at the Abu Shouk camp on Saturday.",
        "Abu Shouk",
        id="name-before-camp-is-a-place",
    ),
    pytest.param(
        "Tropical Storm Alberto brought heavy rain to Texas.",
        "Storm Alberto",
        id="storm-name-is-no-person",
    ),
    pytest.param(
        "Twenty years after Hurricane Katrina, the Lower Ninth Ward is still half empty.",
        "Katrina",
        id="hurricane-name-is-no-person",
    ),
    pytest.param(
        "Oil prices rose on Monday.\n\n(Reporting by Maha El Dahan; Editing by Jan Harvey)",
        "Maha El Dahan",
        id="wire-credit-names-reporters",
    ),
    pytest.param(
        "By Sarah Johnson, Staff Writer\n\nThe council voted to close the plant.",
        "Sarah Johnson",
        id="byline-names-the-reporter",
    ),
    pytest.param(
        "Deputies found the couple dead inside their home on Elm Court in Moreno Valley.",
        "Elm Court",
        id="street-court-after-on",
    ),
    pytest.param(
        "Amid the Arab Spring, the regime collapsed.",
        "Arab Spring",
        id="season-named-event-is-no-actor",
    ),
]


def _spans(text: str, word: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]
    assert spans, f"{word!r} not in the text"
    return spans


@pytest.mark.parametrize(("text", "word"), NEGATIVES)
def test_not_an_actor(text: str, word: str) -> None:
    analysis = analyze(text)
    for start, end in _spans(text, word):
        overlapping = [m.text for m in analysis.mentions if m.start < end and start < m.end]
        assert overlapping == [], f"{word!r} taken as part of a mention"


def test_all_caps_shouting_has_no_actors() -> None:
    assert analyze("WE WILL NEVER SURRENDER! NEVER! THEY ARE LIARS AND THIEVES!").mentions == []


# ----------------------------------------------------------------------------- invariants

ALL_TEXTS = [pytest.param(p.values[0], id=f"actors-{p.id}") for p in ACTOR_CASES] + [
    pytest.param(p.values[0], id=f"negative-{p.id}") for p in NEGATIVES
]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_mention_offsets_are_exact(text: str) -> None:
    sentences = split_sentences(text)
    analysis = analyze_actors(text, sentences)
    for m in analysis.mentions:
        assert text[m.start : m.end] == m.text
        sentence = sentences[m.sentence_index]
        assert sentence.start <= m.start < m.end <= sentence.end
        assert m.actor_type in ACTOR_TYPES
        assert 0 <= m.entity_key < len(analysis.entities)
        assert analysis.entity(m.entity_key).actor_type == m.actor_type
        if m.actor_type == C:
            assert re.fullmatch(r"[A-Z]{2}", m.country_code or "")
    assert [e.key for e in analysis.entities] == list(range(len(analysis.entities)))


@pytest.mark.parametrize(
    ("city", "code"),
    [("Belgrade", "RS"), ("Willemstad", "CW"), ("Nairobi", "KE")],
)
def test_a_capital_belongs_to_a_country_that_exists_today(city: str, code: str) -> None:
    """The city table's capitals come from today's countries, not Serbia and Montenegro (CS)
    or the Netherlands Antilles (AN), which the geonames list still holds."""
    assert gazetteer.city_country(city) == code
