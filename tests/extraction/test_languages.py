"""Figures, qualifiers, categories, sentence splits and detection in German, Spanish, French, Portuguese and
Italian news, and no figures at all in a language the extractor does not read.

The sentences are written in the style of dpa, EFE, AFP, Lusa and ANSA reports; each test names the rule
it checks, not the sentence.
"""

# ruff: noqa: RUF001  (typographic quotes and spaces are the point)
from __future__ import annotations

import io
import json

import pytest

from factcheck.extraction import (
    Category,
    Qualifier,
    QuantityKind,
    extract,
    extract_document,
    split_sentences,
)
from factcheck.extraction.__main__ import main
from factcheck.extraction.languages import LANGUAGES, SUPPORTED, detect_language, normalise_code
from factcheck.extraction.types import CLAIM_KINDS


def figures(text: str, language: str | None = None) -> list[tuple[str, float | None]]:
    return [
        (q.surface, q.value) for s in extract(text, language) for q in s.quantities if q.kind in CLAIM_KINDS
    ]


def only(text: str, language: str | None = None):
    found = [q for s in extract(text, language) for q in s.quantities if q.kind in CLAIM_KINDS]
    assert len(found) == 1, found
    return found[0]


def at(text: str, language: str, surface: str):
    """The one figure of ``text`` written as ``surface`` (claim figure or not)."""
    (q,) = [q for s in extract(text, language) for q in s.quantities if q.surface == surface]
    return q


# --- the issue's four examples -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "unit", "kind"),
    [
        (
            "Nach Angaben der Behörden sind 250.000 Menschen ohne Strom.",
            "de",
            "250.000 Menschen",
            250000,
            "menschen",
            "cardinal",
        ),
        (
            "Der Bund stellt 84,7 Millionen Euro für den Wiederaufbau bereit.",
            "de",
            "84,7 Millionen Euro",
            84.7e6,
            "euro",
            "money",
        ),
        ("La inflación se situó en el 4,2% en octubre.", "es", "4,2%", 4.2, "percent", "percent"),
        (
            "Plus de 1 500 soldats ont été déployés dans la région.",
            "fr",
            "Plus de 1 500 soldats",
            1500,
            "soldats",
            "cardinal",
        ),
    ],
)
def test_decimal_commas_and_dot_or_space_thousands(text, language, surface, value, unit, kind) -> None:
    q = only(text, language)
    assert (q.surface, q.value, q.unit, q.kind) == (surface, pytest.approx(value), unit, kind)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", " "])
def test_every_thousands_space(space: str) -> None:
    q = only(f"Environ 12{space}500 personnes ont été évacuées, selon la préfecture.", "fr")
    assert q.value == 12500 and q.qualifier is Qualifier.APPROXIMATE


# --- scales, percent words, currencies ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        (
            "Die Neuverschuldung soll auf 51,3 Mrd. Euro steigen, teilte das Finanzministerium mit.",
            "de",
            51.3e9,
            "euro",
        ),
        ("Das Land erhält Hilfen über 3,5 Mio. Euro aus dem Katastrophenfonds.", "de", 3.5e6, "euro"),
        ("La Comisión destinará 2.000 millones de euros a la compra de vacunas.", "es", 2e9, "euro"),
        ("El Gobierno prevé ingresar 1,5 mil millones de euros con el nuevo impuesto.", "es", 1.5e9, "euro"),
        ("Le plan de relance prévoit 100 milliards d'euros d'investissements.", "fr", 100e9, "euro"),
        ("O Estado vai gastar 1,2 mil milhões de euros com a saúde este ano.", "pt", 1.2e9, "euro"),
        ("O governo federal liberou R$ 5,1 bilhões para a reconstrução.", "pt", 5.1e9, "real"),
        ("Il governo ha stanziato 2 miliardi di euro per le zone alluvionate.", "it", 2e9, "euro"),
        ("La manovra prevede tagli per 450 milioni di euro alla sanità regionale.", "it", 450e6, "euro"),
    ],
)
def test_scale_words_and_currencies(text: str, language: str, value: float, unit: str) -> None:
    q = only(text, language)
    assert q.value == pytest.approx(value) and q.unit == unit and q.kind is QuantityKind.MONEY
    assert q.category is Category.MONEY


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Die Arbeitslosenquote lag im Januar bei 6,1 Prozent.", "de", 6.1),
        ("El partido obtuvo el 33,1 por ciento de los votos.", "es", 33.1),
        ("Le taux de chômage s'établit à 7,4 pour cent de la population active.", "fr", 7.4),
        ("A taxa de desemprego ficou em 6,5 por cento no trimestre.", "pt", 6.5),
        ("Il partito ha ottenuto il 26 per cento dei voti alla Camera.", "it", 26),
        ("Emmanuel Macron a obtenu 58,5 % des voix au second tour.", "fr", 58.5),
    ],
)
def test_percent_words_and_signs(text: str, language: str, value: float) -> None:
    q = only(text, language)
    assert (q.value, q.unit, q.kind, q.category) == (pytest.approx(value), "percent", "percent", "percentage")


# --- qualifiers, changes, ranges ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Bei den Kämpfen wurden mehr als 40 Menschen verletzt.", "de", Qualifier.MORE_THAN),
        ("Seit Beginn der Belagerung wurden mindestens 1.200 Menschen getötet.", "de", Qualifier.AT_LEAST),
        ("Rund 3.000 Einsatzkräfte waren in der Nacht im Einsatz.", "de", Qualifier.APPROXIMATE),
        ("Die Windgeschwindigkeit erreichte bis zu 150 Kilometer pro Stunde.", "de", Qualifier.AT_MOST),
        ("Más de 500.000 personas se manifestaron en Madrid este domingo.", "es", Qualifier.MORE_THAN),
        ("Al menos 84 personas murieron en las inundaciones de Valencia.", "es", Qualifier.AT_LEAST),
        ("Unos 200 soldados fueron desplegados en la zona afectada.", "es", Qualifier.APPROXIMATE),
        ("Au moins 30 civils ont été tués dans des frappes sur la ville.", "fr", Qualifier.AT_LEAST),
        ("La tempête a privé d'électricité jusqu'à 500 000 foyers.", "fr", Qualifier.AT_MOST),
        ("Près de 2 millions de personnes ont été déplacées par les combats.", "fr", Qualifier.APPROXIMATE),
        ("Pelo menos 30 pessoas morreram nas cheias do norte do país.", "pt", Qualifier.AT_LEAST),
        ("Mais de 70% dos inquiridos considera que o governo deve cair.", "pt", Qualifier.MORE_THAN),
        ("Oltre 20 mila persone sono state sfollate in Romagna.", "it", Qualifier.MORE_THAN),
        ("Almeno 40 persone sono morte nelle alluvioni in Emilia.", "it", Qualifier.AT_LEAST),
        ("L'azienda assumerà circa 900 lavoratori nel nuovo stabilimento.", "it", Qualifier.APPROXIMATE),
    ],
)
def test_qualifiers(text: str, language: str, qualifier: Qualifier) -> None:
    q = only(text, language)
    assert q.qualifier is qualifier
    phrase = q.surface.lower()[: q.surface.index(next(c for c in q.surface if c.isdigit()))].strip()
    assert LANGUAGES[language].qualifiers[phrase] is qualifier  # the surface starts with the qualifier


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Die Preise für Heizöl sind binnen eines Jahres um 35 Prozent gestiegen.", "de", Qualifier.INCREASE),
        ("Das Bruttoinlandsprodukt schrumpfte im dritten Quartal um 0,3 Prozent.", "de", Qualifier.DECREASE),
        ("Las exportaciones cayeron un 3,5% en el segundo trimestre.", "es", Qualifier.DECREASE),
        ("Le prix du gaz a augmenté de 12 % sur un an, selon l'Insee.", "fr", Qualifier.INCREASE),
        ("As exportações recuaram 4,1% em relação ao ano anterior.", "pt", Qualifier.DECREASE),
        ("Il Pil è cresciuto dello 0,9% nel corso dell'anno.", "it", Qualifier.INCREASE),
        # a level reached is no change
        ("Die Arbeitslosenquote stieg im Januar auf 6,1 Prozent.", "de", Qualifier.EXACT),
    ],
)
def test_changes_are_told_from_levels(text: str, language: str, qualifier: Qualifier) -> None:
    assert only(text, language).qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("In dem Lager leben zwischen 60.000 und 80.000 Menschen.", "de", 60000, 80000),
        ("En el campamento viven entre 20.000 y 25.000 desplazados.", "es", 20000, 25000),
        ("Le camp accueille entre 30 000 et 40 000 réfugiés selon les ONG.", "fr", 30000, 40000),
        ("Tra 50.000 e 60.000 manifestanti hanno sfilato per le vie di Roma.", "it", 50000, 60000),
        ("Zwischen 2 und 3 Millionen Menschen sind auf Hilfe angewiesen.", "de", 2e6, 3e6),
    ],
)
def test_ranges(text: str, language: str, low: float, high: float) -> None:
    q = only(text, language)
    assert (q.value, q.low, q.high) == (None, low, high)


# --- number words -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Bei dem Unfall wurden zwölf Beamte verletzt.", "de", 12),
        ("Der Konzern will zwei Milliarden Euro einsparen.", "de", 2e9),
        ("Der Bund zahlt eine Million Euro an die Gemeinde.", "de", 1e6),
        ("La policía detuvo a dos personas tras el atraco.", "es", 2),
        ("El tribunal lo condenó a seis años de prisión por fraude.", "es", 6),
        ("L'armée a abattu trois missiles au cours de la nuit.", "fr", 3),
        ("O exército abateu dois mísseis durante a noite passada.", "pt", 2),
        ("L'esercito ha abbattuto quattro missili nella notte.", "it", 4),
        ("Mehr als zwei Drittel der Befragten sind unzufrieden.", "de", 2 / 3),
        ("La mitad de los encuestados considera mala la situación.", "es", 0.5),
        # numbers written as one word, and halves
        ("Harry Kane steht nun bei dreiundzwanzig Saisontreffern in der Liga.", "de", 23),
        ("Das Gericht verurteilte ihn zu viereinhalb Jahren Haft wegen Betrugs.", "de", 4.5),
        ("Nell'incidente sono morte trentotto persone, secondo la prefettura.", "it", 38),
        ("Sono rimasti feriti ventitré operai nel crollo del capannone.", "it", 23),
        ("In duecentomila hanno seguito la partita in streaming, secondo la Rai.", "it", 200_000),
        ("Os doentes esperaram em média nove horas e meia nas urgências do hospital.", "pt", 9.5),
        ("Les négociations ont duré deux heures et demie au ministère, selon l'AFP.", "fr", 2.5),
        ("Il Pd è in calo di tre decimi secondo il sondaggio Swg per La7.", "it", 0.3),
        # a round-number noun of thousands or millions ("hundreds of thousands")
        ("Une centaine de milliers de personnes ont fui vers la Syrie, selon le HCR.", "fr", 100_000),
        ("Una decena de millones de personas viven en la pobreza, según el informe.", "es", 10_000_000),
        # a share named by its noun alone; "one" before percentage points
        ("Die Tageskarte kostete im Sommer viel, Schüler zahlten die Hälfte.", "de", 0.5),
        ("Die AfD verliert in der Umfrage von Infratest dimap einen Prozentpunkt.", "de", 1),
        ("El paro bajó un punto porcentual en noviembre, según el Ministerio.", "es", 1),
    ],
)
def test_number_words(text: str, language: str, value: float) -> None:
    assert only(text, language).value == pytest.approx(value, rel=1e-9)


def test_a_number_word_that_counts_nothing_is_no_figure() -> None:
    # "sei" is "six" and "(you) are"; "neuf" is "nine" and "new"
    assert figures("Tu sei stato il primo a dirlo, ha detto il ministro.", "it") == []
    assert figures("L'hôpital est neuf, a rappelé le directeur de l'établissement.", "fr") == []


def test_vague_plurals_are_ranges() -> None:
    q = only("Tausende Menschen demonstrierten am Samstag in Berlin.", "de")
    assert (q.value, q.low, q.high) == (None, 1000, 10000)
    q = only("Miles de agricultores cortaron las carreteras con sus tractores.", "es")
    assert (q.low, q.high) == (1000, 10000)


# --- what is not a claim figure: dates, years, times, ordinals, codes, ages ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind"),
    [
        ("Das Ministerium teilte dies am 15. März 2023 mit.", "de", "15. März 2023", QuantityKind.DATE),
        (
            "El Gobierno lo anunció el 3 de marzo de 2024 en Madrid.",
            "es",
            "3 de marzo de 2024",
            QuantityKind.DATE,
        ),
        ("Le ministère l'a annoncé le 1er avril à Paris.", "fr", "1er avril", QuantityKind.DATE),
        ("Im Jahr 2022 wurde die Brücke eröffnet.", "de", "2022", QuantityKind.DATE),
        ("Der Verdächtige wurde um 15.30 Uhr festgenommen.", "de", "15.30 Uhr", QuantityKind.TIME),
        ("A las 10.30 horas llegaron los equipos de rescate.", "es", "10.30 horas", QuantityKind.TIME),
        ("Alle 9.45 di lunedì è arrivato il primo convoglio.", "it", "9.45", QuantityKind.TIME),
        ("Vers 22h30, les secours sont arrivés sur place.", "fr", "22h30", QuantityKind.TIME),
        ("Der 2. Weltkrieg endete in Europa im Mai.", "de", "2.", QuantityKind.ORDINAL),
        ("A equipa terminou em 3.º lugar na classificação.", "pt", "3.º", QuantityKind.ORDINAL),
        ("Il virus COVID-19 ha colpito la regione in primavera.", "it", "COVID-19", QuantityKind.IDENTIFIER),
        # a set score before a comma is a score too, and the first clock time of a span a time
        ("Sinner ha vinto la finale 6-4, contro l'americano Fritz.", "it", "6-4", QuantityKind.IDENTIFIER),
    ],
)
def test_dates_times_ordinals_and_codes_are_not_claim_figures(text, language, surface, kind) -> None:
    found = [q for s in extract(text, language) for q in s.quantities]
    assert [(q.surface, q.kind) for q in found] == [(surface, kind)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Der 45-Jährige wurde noch am Tatort festgenommen.", "de", 45),
        ("Er starb im Alter von 81 Jahren in seiner Heimatstadt.", "de", 81),
        ("El hombre, de 54 años, fue detenido en su domicilio.", "es", 54),
        ("Le suspect, âgé de 32 ans, a été placé en garde à vue.", "fr", 32),
        ("L'uomo, di 58 anni, è stato fermato dai carabinieri.", "it", 58),
        # after a person, and Italian's "-enne"
        ("Una donna di 29 anni è morta nell'incidente sull'autostrada.", "it", 29),
        ("Un hombre de 45 años murió en el incendio de su vivienda.", "es", 45),
        ("La Corte ha condannato all'ergastolo il 38enne accusato dell'omicidio.", "it", 38),
    ],
)
def test_ages(text: str, language: str, value: float) -> None:
    """A person's age is a figure of its own kind, never a claim figure (the reader leaves it plain)."""
    assert [q for s in extract(text, language) for q in s.quantities if q.kind in CLAIM_KINDS] == []
    [q] = [q for s in extract(text, language) for q in s.quantities if q.kind == QuantityKind.AGE]
    assert (q.value, q.unit) == (value, "year of age")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La entrada general es gratuita de 18.00 a 20.00 horas, según el museo.", "es"),
        ("Das Museum ist von 10.00 bis 18.00 Uhr geöffnet, teilte die Stadt mit.", "de"),
    ],
)
def test_the_first_clock_time_of_a_span_is_a_time(text: str, language: str) -> None:
    found = [q for s in extract(text, language) for q in s.quantities]
    assert found and all(q.kind is QuantityKind.TIME for q in found)


def test_hours_are_a_duration_not_a_clock_time() -> None:
    found = [(q.surface, q.kind) for s in extract("La réunion a duré 24 heures.", "fr") for q in s.quantities]
    assert found == [("24 heures", QuantityKind.DURATION)]


def test_a_from_to_range_after_a_change_verb_is_two_levels() -> None:
    found = [
        q
        for s in extract("El número de turistas creció de 83,5 a 85,1 millones.", "es")
        for q in s.quantities
    ]
    assert [(q.value, q.qualifier) for q in found] == [(83.5e6, Qualifier.EXACT), (85.1e6, Qualifier.EXACT)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le prix du forfait passera de 38 à 42 euros la saison prochaine.",
            "fr",
            [(38, "euro"), (42, "euro")],
        ),
        ("El pasaje del metro pasó de 750 a 800 pesos en enero.", "es", [(750, "peso"), (800, "peso")]),
        ("Il biglietto è passato da 2 a 2,20 euro, ha deciso il Comune.", "it", [(2, "euro"), (2.2, "euro")]),
    ],
)
def test_passing_from_one_level_to_another_is_two_levels(
    text: str, language: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for s in extract(text, language) for q in s.quantities] == expected


def test_from_to_without_a_verb_of_change_stays_a_range() -> None:
    q = only("Il faut compter de 8 000 à 9 000 euros pour une rénovation complète.", "fr")
    assert (q.low, q.high) == (8000, 9000)


def test_a_duration_is_not_an_age() -> None:
    q = only("El tribunal condenó al exalcalde a seis años de prisión.", "es")
    assert (q.unit, q.kind) == ("year", QuantityKind.DURATION)


# --- categories ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Bei dem Luftangriff wurden mindestens 18 Menschen getötet.", "de", Category.CASUALTIES),
        (
            "Seit Jahresbeginn sind 1,2 Millionen Menschen aus der Region geflohen.",
            "de",
            Category.DISPLACEMENT,
        ),
        ("Die Armee hat 14 Dörfer im Osten zurückerobert.", "de", Category.TERRITORY),
        ("Al menos 150 muertos dejó el terremoto en la costa.", "es", Category.CASUALTIES),
        ("En el campamento hay 20.000 desplazados por los combates.", "es", Category.DISPLACEMENT),
        ("Los rebeldes tomaron 15 pueblos en el norte del país.", "es", Category.TERRITORY),
        ("Le séisme a fait plus de 2 900 morts dans le sud du pays.", "fr", Category.CASUALTIES),
        ("Près de 2 millions de personnes ont été déplacées par la guerre.", "fr", Category.DISPLACEMENT),
        ("Les rebelles ont pris 12 villages dans l'est du pays.", "fr", Category.TERRITORY),
        ("A ONU contabiliza 1,5 milhão de deslocados no país.", "pt", Category.DISPLACEMENT),
        ("Os rebeldes tomaram 9 aldeias na província de Cabo Delgado.", "pt", Category.TERRITORY),
        ("Sono 20 mila gli sfollati in Romagna secondo la Regione.", "it", Category.DISPLACEMENT),
        ("I ribelli hanno conquistato 11 villaggi nella regione.", "it", Category.TERRITORY),
        ("Il terremoto ha causato almeno 290 morti nel centro Italia.", "it", Category.CASUALTIES),
        ("Die Stadt hat rund 600.000 Einwohner.", "de", Category.POPULATION),
    ],
)
def test_categories(text: str, language: str, category: Category) -> None:
    (sentence,) = extract(text, language)
    assert sentence.category is category


def test_a_sentence_without_figures_takes_its_category_from_keywords() -> None:
    (sentence,) = extract("Bei dem Angriff wurden zahlreiche Zivilisten getötet.", "de")
    assert sentence.quantities == [] and sentence.category is Category.CASUALTIES


# --- sentence splitting -------------------------------------------------------------------------------------


def sentences(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, language=language)]


def test_german_quotes_and_abbreviations() -> None:
    text = (
        "„Wir geben nicht auf.“ Der Minister sprach am 3. Oktober in Berlin. "
        "Es gab z. B. 84,7 Mio. Euro Hilfe. Dr. Müller bestätigte das."
    )
    assert sentences(text, "de") == [
        "„Wir geben nicht auf.“",
        "Der Minister sprach am 3. Oktober in Berlin.",
        "Es gab z. B. 84,7 Mio. Euro Hilfe.",
        "Dr. Müller bestätigte das.",
    ]


def test_french_guillemets_with_spaces() -> None:
    text = "« Nous ne céderons pas. » Le ministre, M. Dupont, l'a répété. Plus de 1 500 soldats sont arrivés."
    assert sentences(text, "fr") == [
        "« Nous ne céderons pas. »",
        "Le ministre, M. Dupont, l'a répété.",
        "Plus de 1 500 soldats sont arrivés.",
    ]


def test_spanish_inverted_marks_and_abbreviations() -> None:
    text = "¿Qué pasará ahora? El Sr. García dijo que «no habrá recortes». Unos 200 soldados llegaron."
    assert sentences(text, "es") == [
        "¿Qué pasará ahora?",
        "El Sr. García dijo que «no habrá recortes».",
        "Unos 200 soldados llegaron.",
    ]


def test_english_splitting_is_unchanged_by_the_language_argument() -> None:
    text = "Mr. Smith said 30 people died. “It is over,” he said. The U.S. Army left."
    assert split_sentences(text) == split_sentences(text, language="en")


# --- detection ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bei den Überschwemmungen in Bayern sind mindestens 250.000 Menschen obdachlos geworden.", "de"),
        ("Al menos 84 personas murieron en las inundaciones que afectaron al sur de España.", "es"),
        ("Plus de 1 500 soldats ont été déployés dans la région après les inondations.", "fr"),
        ("Pelo menos 30 pessoas morreram nas cheias que atingiram o norte de Portugal.", "pt"),
        ("Almeno 40 persone sono morte nelle alluvioni che hanno colpito l'Emilia-Romagna.", "it"),
        ("The ministry said 30 people were killed in the attack on Tuesday.", "en"),
        ("По данным министерства, в результате наводнения погибли не менее 30 человек.", "ru"),
        ("قالت وزارة الصحة إن ثلاثين شخصا على الأقل قتلوا في الهجوم على المدينة.", "ar"),
        ("据新华社报道，洪水已造成至少30人死亡，数千人流离失所。当局表示救援工作仍在进行中。", "zh"),
    ],
)
def test_detection(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_too_short_to_tell_is_the_default() -> None:
    assert detect_language("Hallo") == "en"
    assert detect_language("12.000", default="de") == "de"


def test_source_codes_are_normalised() -> None:
    assert [normalise_code(c) for c in ("de-DE", "pt_BR", "EN", "", None, "??")] == [
        "de",
        "pt",
        "en",
        "",
        "",
        "",
    ]


def test_supported_languages() -> None:
    assert {"en", "de", "es", "fr", "pt", "it"} == SUPPORTED


# --- a language the extractor does not read ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "По данным министерства, в результате наводнения погибли не менее 30 человек, 1 500 эвакуированы.",
        "قالت وزارة الصحة إن 30 شخصا على الأقل قتلوا في الهجوم على المدينة يوم الثلاثاء.",
        "据新华社报道，洪水已造成至少30人死亡，1500人流离失所。当局表示救援工作仍在进行中。",
    ],
)
def test_an_unsupported_language_yields_no_figures_and_says_so(text: str) -> None:
    document = extract_document(text)
    assert document.language not in SUPPORTED
    assert document.figures_supported is False
    assert document.notes and document.language in document.notes[0]
    assert document.sentences and all(s.quantities == [] for s in document.sentences)


def test_a_given_language_wins_over_detection() -> None:
    text = "Le maire a déclaré que 250 000 réfugiés sont arrivés."
    assert extract_document(text, "fr").language == "fr"
    assert figures(text, "fr") == [("250 000 réfugiés", 250000)]
    assert extract_document(text, "ru").figures_supported is False
    assert figures(text, "ru") == []


def test_english_is_read_with_the_english_rules() -> None:
    text = "Officials said 250,000 people were living under siege, and more than 20 villages were seized."
    document = extract_document(text)
    assert (document.language, document.figures_supported, document.notes) == ("en", True, [])
    assert [q.value for s in document.sentences for q in s.quantities] == [250000, 20]


# --- the CLI ------------------------------------------------------------------------------------------------


class _Stdin(io.StringIO):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)


def test_cli_json_says_the_language_detected_or_given() -> None:
    text = "Bei dem Erdbeben sind nach Angaben der Behörden mindestens 250.000 Menschen obdachlos geworden."
    out = io.StringIO()
    assert main(["-", "--format", "json"], stdin=_Stdin(text.encode()), stdout=out) == 0
    payload = json.loads(out.getvalue())
    assert (payload["language"], payload["figures_supported"], payload["notes"]) == ("de", True, [])
    assert payload["sentences"][0]["quantities"][0]["value"] == 250000
    out = io.StringIO()
    assert main(["-", "--format", "json", "--lang", "ru"], stdin=_Stdin(text.encode()), stdout=out) == 0
    payload = json.loads(out.getvalue())
    assert payload["language"] == "ru" and payload["figures_supported"] is False
    assert payload["sentences"][0]["quantities"] == [] and payload["notes"]


def test_cli_table_notes_an_unsupported_language() -> None:
    out = io.StringIO()
    text = "По данным министерства, в результате наводнения погибли не менее 30 человек."
    assert main(["-"], stdin=_Stdin(text.encode()), stdout=out) == 0
    assert (
        out.getvalue()
        .rstrip()
        .splitlines()[-1]
        .startswith("note: Figures are not read in this language (ru)")
    )


# --- formats and words that real papers print -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("La mairie a voté une enveloppe de 8 M€ pour rénover les écoles.", "fr", 8e6, "euro"),
        ("Le club a dégagé un bénéfice de 350 k€ sur la saison.", "fr", 350e3, "euro"),
        ("Der Verein erhält vom Land 2,5 M€ für das neue Stadion.", "de", 2.5e6, "euro"),
    ],
)
def test_a_scale_letter_glued_to_a_currency(text: str, language: str, value: float, unit: str) -> None:
    q = only(text, language)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Trescientos agentes participaron en el operativo antidroga.", "es", 300),
        ("Quatre cents salariés sont menacés de licenciement à Belfort.", "fr", 400),
        ("Dix-huit personnes ont été interpellées après les heurts.", "fr", 18),
        ("Dreihundert Beschäftigte sollen bis Jahresende gehen.", "de", 300),
        ("Quinhentos bombeiros combatem as chamas no Algarve.", "pt", 500),
        ("Diciotto operai sono rimasti intossicati nello stabilimento.", "it", 18),
        ("Un tiers des électeurs inscrits se sont abstenus.", "fr", 1 / 3),
        ("Ein Drittel der Betriebe meldet Kurzarbeit an.", "de", 1 / 3),
    ],
)
def test_hundreds_teens_and_one_third_in_words(text: str, language: str, value: float) -> None:
    assert only(text, language).value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Une quinzaine de blessés ont été hospitalisés à Lille.", "fr", 15, "blessés"),
        ("La police recherche encore une dizaine d'alpinistes.", "fr", 10, "alpinistes"),
        ("Una veintena de detenidos pasó a disposición judicial.", "es", 20, "detenidos"),
        ("Un centinaio di migranti è sbarcato a Pantelleria.", "it", 100, "migranti"),
        ("Três dezenas de famílias foram realojadas pela câmara.", "pt", 30, "famílias"),
    ],
)
def test_a_round_number_noun_is_approximate(text: str, language: str, value: float, unit: str) -> None:
    q = only(text, language)
    assert (q.value, q.unit, q.qualifier) == (value, unit, Qualifier.APPROXIMATE)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("In der Nacht sank das Thermometer in Oberstdorf auf minus 18 Grad.", "de", -18),
        ("Le thermomètre est descendu à moins 9 degrés à Colmar.", "fr", -9),
        ("Las temperaturas bajaron hasta -6 grados en Soria.", "es", -6),
        ("Die Industrieproduktion lag im Mai bei −1,4 Prozent zum Vorjahr.", "de", -1.4),
    ],
)
def test_below_zero(text: str, language: str, value: float) -> None:
    assert only(text, language).value == pytest.approx(value)


def test_less_than_is_not_below_zero() -> None:
    q = only("Il faisait moins de 5 degrés à l'aube dans les Vosges.", "fr")
    assert (q.value, q.qualifier) == (5, Qualifier.LESS_THAN)


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        (
            "Der Bundestag stimmte über § 219a und Artikel 3 des Grundgesetzes ab; 420 Abgeordnete waren da.",
            "de",
            420,
        ),
        ("El Senado aplicó el artículo 135 de la Constitución con 150 votos a favor.", "es", 150),
        ("Lens reste troisième de Ligue 1 avec 38 points.", "fr", 38),
        ("Die Formel 1 gastiert vor 120.000 Zuschauern in Spielberg.", "de", 120000),
        ("Le concert débutera à 21 h 15 devant 5000 spectateurs.", "fr", 5000),
        ("Le salon se tiendra du 4 au 6 juin et attend 800 exposants.", "fr", 800),
        ("A feira decorre entre 5 e 7 de março e espera 900 expositores.", "pt", 900),
        ("Der Kongress tagt vom 3.-5. Mai in Leipzig mit 700 Gästen.", "de", 700),
        ("El festival se celebra del 12 al 14 de julio con 60 conciertos.", "es", 60),
    ],
)
def test_references_clock_times_and_day_spans_are_not_figures(
    text: str, language: str, figure: float
) -> None:
    assert [value for _, value in figures(text, language)] == [figure]


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Los precios de la luz subirán entre un 3 y un 5 % en enero.", "es", 3, 5),
        ("I consumi sono calati tra il 2 e il 4 per cento nel trimestre.", "it", 2, 4),
    ],
)
def test_a_range_with_articles(text: str, language: str, low: float, high: float) -> None:
    q = only(text, language)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("El banco obtuvo ganancias de 800 millones de euros en el semestre.", "es", Qualifier.EXACT),
        ("In München verteuerten sich die Mieten um 4,2 Prozent.", "de", Qualifier.INCREASE),
        ("Les pensions de retraite seront revalorisées de 2,2 % en janvier.", "fr", Qualifier.INCREASE),
    ],
)
def test_more_change_words(text: str, language: str, qualifier: Qualifier) -> None:
    assert only(text, language).qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Der VfB gewann das Derby mit 3:1 vor 60.000 Zuschauern.", "de", 60000),
        ("El Betis venció 2-0 al Sevilla y suma 41 puntos.", "es", 41),
        ("L'OM s'est imposé 4-1 devant 65 000 supporters.", "fr", 65000),
        ("Le CAC 40 a cédé 1,8 % dans un marché inquiet.", "fr", 1.8),
        ("El Ibex 35 cerró la sesión con una subida del 0,7 %.", "es", 0.7),
        ("Le Premier ministre a engagé l'art. 49.3 pour la onzième fois, face à 289 voix.", "fr", 289),
    ],
)
def test_results_index_names_and_abbreviated_articles_are_not_figures(
    text: str, language: str, figure: float
) -> None:
    assert [value for _, value in figures(text, language)] == [figure]


def test_a_rising_dash_range_is_still_a_range() -> None:
    q = only("Die Mieten stiegen in 5-10 Städten deutlich.", "de")
    assert (q.low, q.high) == (5, 10)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Cuarenta y dos mineros quedaron atrapados en el pozo.", "es", 42),
        ("Doscientos cincuenta vecinos fueron desalojados por el fuego.", "es", 250),
        ("Ciento veinte mil personas llenaron la plaza de Colón.", "es", 120000),
        ("Vinte e sete presos fugiram da cadeia durante a noite.", "pt", 27),
        ("Quarante-trois personnes ont été interpellées dans la nuit.", "fr", 43),
        ("Vingt et un blessés ont été hospitalisés à Nantes.", "fr", 21),
        ("Soixante-dix-huit communes ont été déclarées sinistrées.", "fr", 78),
        ("Trois cent vingt salariés ont manifesté devant le siège.", "fr", 320),
    ],
)
def test_compound_number_words(text: str, language: str, value: float) -> None:
    assert only(text, language).value == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Treinta y cinco por ciento de los votantes se abstuvo.", "es", 35),
        ("Trois pour cent des entreprises ont fait faillite.", "fr", 3),
    ],
)
def test_a_percent_in_words_after_a_number_word(text: str, language: str, value: float) -> None:
    q = only(text, language)
    assert (q.value, q.unit) == (value, "percent")


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Die Stadt Zürich zählt inzwischen 443'000 Einwohner.", "de", 443000, "einwohner"),
        ("Il Canton Ticino conta 354'000 abitanti.", "it", 354000, "abitanti"),
        ("Die Sanierung des Tunnels kostet 1,1 Mrd. CHF.", "de", 1.1e9, "franc"),
    ],
)
def test_swiss_thousands_and_francs(text: str, language: str, value: float, unit: str) -> None:
    q = only(text, language)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_qualifier_before_an_article_starts_the_surface() -> None:
    assert only("Mehr als die Hälfte der Befragten lehnt den Plan ab.", "de").surface == "Mehr als die Hälfte"


def test_a_race_time_is_no_figure() -> None:
    text = "Der Kenianer lief die 42,195 Kilometer in 2:01:09 Stunden."
    assert [value for _, value in figures(text, "de")] == [42.195]


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Le suspect a été interpellé à 5 h du matin avec 2 complices.", "fr", 2),
        ("La manifestation débutera vers 14 h; 8000 personnes sont attendues.", "fr", 8000),
        ("Das Gesetz Nr. 34 betrifft rund 9.000 Betriebe.", "de", 9000),
        ("El decreto número 12 afecta a 40.000 trabajadores.", "es", 40000),
    ],
)
def test_an_hour_after_at_and_numbered_things_are_not_figures(
    text: str, language: str, figure: float
) -> None:
    assert [value for _, value in figures(text, language)] == [figure]


def test_hours_in_french_shorthand_are_a_duration() -> None:
    q = only("Les pompiers ont lutté contre le feu pendant 36 h dans le massif.", "fr")
    assert (q.value, q.unit, q.kind) == (36, "hour", QuantityKind.DURATION)


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("En torno al 40 % de los pacientes esperan más de seis meses.", "es", Qualifier.APPROXIMATE),
        ("La participación quedó por debajo del 50 % en Cataluña.", "es", Qualifier.LESS_THAN),
    ],
)
def test_spanish_qualifiers_with_a_contracted_article(text: str, language: str, qualifier: Qualifier) -> None:
    found = [q for s in extract(text, language) for q in s.quantities if q.kind in CLAIM_KINDS]
    assert found[0].qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "unit"),
    [
        (
            "Selon le sondage Ifop, un Français sur deux juge la réforme injuste.",
            "fr",
            "un Français sur deux",
            0.5,
            "français",
        ),
        (
            "Uno de cada cuatro españoles vive de alquiler, según el INE.",
            "es",
            "Uno de cada cuatro españoles",
            0.25,
            "españoles",
        ),
        (
            "Einer von drei Deutschen hält seine Rente für unsicher.",
            "de",
            "Einer von drei Deutschen",
            1 / 3,
            "deutschen",
        ),
        (
            "Um em cada cinco jovens está desempregado, segundo o INE.",
            "pt",
            "Um em cada cinco jovens",
            0.2,
            "jovens",
        ),
        (
            "Secondo l'Istat, un italiano su tre non legge libri.",
            "it",
            "un italiano su tre",
            1 / 3,
            "italiano",
        ),
        ("Uno su tre ha rinunciato alle cure per i costi.", "it", "Uno su tre", 1 / 3, None),
        (
            "Tres de cada diez hogares no llegan a fin de mes.",
            "es",
            "Tres de cada diez hogares",
            0.3,
            "hogares",
        ),
        ("Deux Français sur trois soutiennent la grève.", "fr", "Deux Français sur trois", 2 / 3, "français"),
        # a noun and its adjective; a pronoun after the share
        (
            "Selon Arvalis, une exploitation céréalière sur cinq pourrait afficher un résultat négatif.",
            "fr",
            "une exploitation céréalière sur cinq",
            0.2,
            "exploitation",
        ),
        (
            "Secondo il sondaggio, un elettore su tre si dichiara ancora indeciso.",
            "it",
            "un elettore su tre",
            1 / 3,
            "elettore",
        ),
        # German's "each" and an ordinal, with or without the noun
        (
            "Laut Mieterbund gibt jeder vierte Haushalt zu viel Geld für die Miete aus.",
            "de",
            "jeder vierte Haushalt",
            0.25,
            "haushalt",
        ),
        (
            "Nach Angaben der UN ist jedes dritte Opfer ein Kind gewesen.",
            "de",
            "jedes dritte Opfer",
            1 / 3,
            "opfer",
        ),
    ],
)
def test_one_in_so_many_is_one_share(
    text: str, language: str, surface: str, value: float, unit: str | None
) -> None:
    q = only(text, language)  # as English "one out of three Germans": 1/3, not a stray "three"
    assert (q.surface, q.value, q.unit, q.kind) == (
        surface,
        pytest.approx(value),
        unit,
        QuantityKind.CARDINAL,
    )


def test_a_qualifier_before_one_in_so_many() -> None:
    q = only("Près d'un Français sur trois renonce aux soins.", "fr")
    assert (q.value, q.qualifier) == (pytest.approx(1 / 3), Qualifier.APPROXIMATE)


@pytest.mark.parametrize(
    ("text", "language", "figures_"),
    [
        ("Les troupes mènent une attaque sur deux fronts avec 3000 soldats.", "fr", [2, 3000]),
        ("Einer von zwei Tätern wurde gefasst, 40 Beamte waren im Einsatz.", "de", [2, 40]),
    ],
)
def test_on_two_fronts_and_one_of_two_are_not_shares(text: str, language: str, figures_: list[float]) -> None:
    assert [value for _, value in figures(text, language)] == figures_


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Der Kandidat gewann den Wahlkreis 75 mit 41 Prozent der Erststimmen.", "de", 41),
        ("Auf der A 3 staute sich der Verkehr nach dem Unfall auf 12 Kilometern.", "de", 12),
        ("Der ICE fuhr von Gleis 4 ab, rund 300 Fahrgäste mussten warten.", "de", 300),
        ("Die Linie 5 fällt wegen des Streiks aus, 20.000 Pendler sind betroffen.", "de", 20000),
        ("Im Block 2 des Kraftwerks arbeiten 150 Menschen.", "de", 150),
        ("Le lot 4 du chantier coûtera 12 millions d'euros.", "fr", 12e6),
        ("En el distrito 12 votaron 30.000 personas.", "es", 30000),
        ("Dans la circonscription 4, la candidate a obtenu 52 % des voix.", "fr", 52),
        ("La ligne 13 du métro transporte 600 000 voyageurs par jour.", "fr", 600000),
        ("La linea 2 della metropolitana trasporta 300.000 passeggeri.", "it", 300000),
    ],
)
def test_numbered_lines_districts_and_roads_are_names(text: str, language: str, figure: float) -> None:
    assert [value for _, value in figures(text, language)] == [figure]


def test_a_count_of_zones_is_still_a_count() -> None:
    q = only("Die Stadt richtet 3 Zonen mit Tempolimit ein.", "de")
    assert (q.value, q.unit) == (3, "zonen")


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("El Sevilla cayó 0-2 ante el Betis delante de 40.000 espectadores.", "es", 40000),
        ("Le PSG a perdu 1-3 contre Lyon devant 45 000 spectateurs.", "fr", 45000),
        ("Schalke verlor 0-2 gegen Bochum vor 60.000 Zuschauern.", "de", 60000),
        ("La Roma ha perso 1-2 contro la Lazio davanti a 50.000 tifosi.", "it", 50000),
        ("El Madrid perdió 2-3 en casa y se queda con 40 puntos.", "es", 40),
    ],
)
def test_a_result_written_low_first_is_no_range(text: str, language: str, figure: float) -> None:
    assert [value for _, value in figures(text, language)] == [figure]


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Kinder von 0-6 Jahren sind von der Regel betroffen.", "de", 0, 6),
        ("La empresa perdió entre 2-3 millones de euros en el trimestre.", "es", 2e6, 3e6),
    ],
)
def test_a_low_first_range_after_a_result_verb_stays_a_range(
    text: str, language: str, low: float, high: float
) -> None:
    q = only(text, language)
    assert (q.low, q.high) == (low, high)


# --- qualifiers written after the figure, thresholds and approximating verbs before it ---------------------


def qualified(text: str, language: str) -> dict[float | None, tuple[str, Qualifier]]:
    """Each claim figure's value, surface and qualifier."""
    return {
        q.value if q.value is not None else q.high: (q.surface, q.qualifier)
        for s in extract(text, language)
        for q in s.quantities
        if q.kind in CLAIM_KINDS
    }


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        (
            "Die Union kommt in der Umfrage auf 31 Prozent, zwei Punkte mehr als Anfang Oktober.",
            "de",
            2,
            Qualifier.INCREASE,
        ),
        (
            "Die Landwirte haben etwa 42,5 Mio. Tonnen Getreide geerntet, 3,8 Prozent mehr als im Vorjahr.",
            "de",
            3.8,
            Qualifier.INCREASE,
        ),
        ("Der Dax schloss am Freitag 1,8 Prozent tiefer bei 19.412 Punkten.", "de", 1.8, Qualifier.DECREASE),
        (
            "Wegen der Trockenheit fielen die Erträge im Osten um ein Drittel geringer aus.",
            "de",
            pytest.approx(1 / 3),
            Qualifier.DECREASE,
        ),
        (
            "Die Kosten für den Neubau liegen inzwischen 20 Prozent höher als geplant.",
            "de",
            20,
            Qualifier.INCREASE,
        ),
        (
            "El PP obtendría 142 escaños, dieciséis más que en las generales de 2023.",
            "es",
            16,
            Qualifier.INCREASE,
        ),
        (
            "El Gobierno prevé ingresar 312.000 millones de euros, un 6,1 % más, gracias al IRPF.",
            "es",
            6.1,
            Qualifier.INCREASE,
        ),
        (
            "La producción de aceite alcanzará 1,37 millones de toneladas, un 61 % más que la anterior.",
            "es",
            61,
            Qualifier.INCREASE,
        ),
        (
            "El paro registrado bajó hasta 2,5 millones, 300.000 personas menos que hace un año.",
            "es",
            300000,
            Qualifier.DECREASE,
        ),
        (
            "À Paris, le deux-pièces coûte vingt-cinq mille euros de moins qu'il y a deux ans.",
            "fr",
            25000,
            Qualifier.DECREASE,
        ),
        (
            "Le trajet entre Paris et Lyon prendra 20 minutes de moins à partir de juin.",
            "fr",
            20,
            Qualifier.DECREASE,
        ),
        (
            "Dall'inizio dell'anno gli arrivi sono stati 58.320, il 60% in meno rispetto al 2023.",
            "it",
            60,
            Qualifier.DECREASE,
        ),
        (
            "Il gasolio costa 1,85 euro al litro, 3 centesimi in più rispetto alla settimana scorsa.",
            "it",
            3,
            Qualifier.INCREASE,
        ),
        (
            "Os trabalhadores receberam 50 euros a mais do que no ano passado.",
            "pt",
            50,
            Qualifier.INCREASE,
        ),
    ],
)
def test_a_change_written_after_the_figure(
    text: str, language: str, value: float, qualifier: Qualifier
) -> None:
    found = qualified(text, language)
    surface, got = next(item for key, item in found.items() if key == value)
    assert got is qualifier
    assert not surface.lower().endswith(
        ("mehr", "más", "menos", "moins", "meno", "più", "mais")
    )  # outside it


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        (
            "Die Windkraftanlagen lieferten 58,9 Terawattstunden, ein Plus von 7,4 Prozent.",
            "de",
            7.4,
            Qualifier.INCREASE,
        ),
        ("Der Absatz sank auf 200.000 Fahrzeuge, ein Minus von 3 Prozent.", "de", 3, Qualifier.DECREASE),
        (
            "Gli Uffizi hanno avuto 5 milioni di visitatori, con un incremento del 12 per cento.",
            "it",
            12,
            Qualifier.INCREASE,
        ),
        (
            "La production industrielle a reculé, une baisse de 3,9 % sur un an.",
            "fr",
            3.9,
            Qualifier.DECREASE,
        ),
        (
            "O Brasil tem 1,6 milhões de desempregados, mais 140 mil do que em 2025.",
            "pt",
            140000,
            Qualifier.INCREASE,
        ),
    ],
)
def test_a_noun_of_change_before_the_figure(
    text: str, language: str, value: float, qualifier: Qualifier
) -> None:
    surface, got = qualified(text, language)[value]
    assert got is qualifier and surface[0].isdigit()  # the noun stays outside the surface, as a verb does


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier", "surface"),
    [
        (
            "Gezählt werden Verspätungen von sechs Minuten oder mehr; die Strecke wird gesperrt.",
            "de",
            6,
            Qualifier.AT_LEAST,
            "sechs Minuten oder mehr",
        ),
        (
            "L'État a débloqué une aide d'urgence de 100 millions d'euros au moins.",
            "fr",
            100e6,
            Qualifier.AT_LEAST,
            "100 millions d'euros au moins",
        ),
        (
            "La facture d'électricité des ménages sera de 200 euros au plus, a promis le ministre.",
            "fr",
            200,
            Qualifier.AT_MOST,
            "200 euros au plus",
        ),
        (
            "El déficit público será del 2,5 % del PIB como máximo y la deuda bajará.",
            "es",
            2.5,
            Qualifier.AT_MOST,
            "2,5 % del PIB como máximo",
        ),
        ("Pueden votar los jóvenes con 16 años o más.", "es", 16, Qualifier.AT_LEAST, "16 años o más"),
        ("Il deficit dovrà restare al 3% al massimo nel 2026.", "it", 3, Qualifier.AT_MOST, "3% al massimo"),
        ("Il biglietto per la mostra costa 20 euro circa.", "it", 20, Qualifier.APPROXIMATE, "20 euro circa"),
        ("O défice ficará em 3% no máximo, disse o ministro.", "pt", 3, Qualifier.AT_MOST, "3% no máximo"),
    ],
)
def test_a_bound_written_after_the_figure_ends_its_surface(
    text: str, language: str, value: float, qualifier: Qualifier, surface: str
) -> None:
    assert qualified(text, language)[value] == (surface, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        ("Der Wetterdienst erwartet Neuschnee oberhalb von 800 Metern.", "de", 800, Qualifier.MORE_THAN),
        ("Die Firma darf nicht mehr als 200 Mitarbeiter beschäftigen.", "de", 200, Qualifier.AT_MOST),
        (
            "Die Gewerkschaft fordert mehr Lohn, mindestens aber 500 Euro im Monat.",
            "de",
            500,
            Qualifier.AT_LEAST,
        ),
        ("La deuda se mantendrá por encima del 100 % del PIB.", "es", 100, Qualifier.MORE_THAN),
        ("En Madrid el termómetro no bajó de los 27 grados durante la noche.", "es", 27, Qualifier.AT_LEAST),
        ("Las reservas brutas rondan los 30.000 millones de dólares.", "es", 30e9, Qualifier.APPROXIMATE),
        ("La multa por la infracción será de no más de 3.000 euros.", "es", 3000, Qualifier.AT_MOST),
        ("Los precios del menú no superan los 30 euros.", "es", 30, Qualifier.AT_MOST),
        ("Uma dívida pública abaixo dos 90%, anunciou o ministro.", "pt", 90, Qualifier.LESS_THAN),
        ("Em Lisboa, a renda de um T2 ronda os 1 650 euros por mês.", "pt", 1650, Qualifier.APPROXIMATE),
        ("A inflação ficará no máximo 3 % este ano.", "pt", 3, Qualifier.AT_MOST),
        ("Restano gratuiti gli ingressi per i minori di 18 anni.", "it", 18, Qualifier.LESS_THAN),
        ("La disoccupazione giovanile è intorno al 20% secondo l'Istat.", "it", 20, Qualifier.APPROXIMATE),
    ],
)
def test_thresholds_and_approximating_verbs_before_the_figure(
    text: str, language: str, value: float, qualifier: Qualifier
) -> None:
    assert qualified(text, language)[value][1] is qualifier


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "mehr als", "más de", "en moins de", "in più di" before the next number qualify that number
        (
            "Die Firma hat 300 Mitarbeiter, mehr als 250.000 Kunden.",
            "de",
            {300: Qualifier.EXACT, 250000: Qualifier.MORE_THAN},
        ),
        (
            "Han llegado 612 migrantes más de 41.000 personas este año.",
            "es",
            {612: Qualifier.EXACT, 41000: Qualifier.MORE_THAN},
        ),
        (
            "Il a couru 10 kilomètres en moins de 2 heures.",
            "fr",
            {10: Qualifier.EXACT, 2: Qualifier.LESS_THAN},
        ),
        (
            "Ci sono 5 sportelli in più di 300 comuni.",
            "it",
            {5: Qualifier.EXACT, 300: Qualifier.MORE_THAN},
        ),
        (
            "Von 1.000 Befragten mehr als die Hälfte sagten ja.",
            "de",
            {1000: Qualifier.EXACT, 0.5: Qualifier.MORE_THAN},
        ),
        # a superlative, a count before "mehr" and its noun, a clause that goes on elsewhere: no change (a
        # percentage before "mehr Lohn" is a rise: ``test_german_change_nouns_before_von_and_comparatives…``)
        (
            "Las 10 empresas más grandes facturaron 300 millones.",
            "es",
            {10: Qualifier.EXACT, 300e6: Qualifier.EXACT},
        ),
        ("Os 10 países mais ricos do mundo.", "pt", {10: Qualifier.EXACT}),
        ("Die Gewerkschaft fordert 300 Euro mehr Lohn.", "de", {300: Qualifier.EXACT}),
        ("Il y a 5 morts de plus en plus de régions.", "fr", {5: Qualifier.EXACT}),
        ("Lo stipendio di 1.500 euro arriverà al più presto.", "it", {1500: Qualifier.EXACT}),
        # the level before the change stays a level; a qualifier before the figure wins
        (
            "Der Dax schloss 1,8 Prozent tiefer bei 19.412 Punkten.",
            "de",
            {1.8: Qualifier.DECREASE, 19412: Qualifier.EXACT},
        ),
        (
            "El Gobierno prevé ingresar 312.000 millones de euros, un 6,1 % más.",
            "es",
            {312e9: Qualifier.EXACT, 6.1: Qualifier.INCREASE},
        ),
        (
            "Die Bahn beförderte rund 33 Mio. Fahrgäste weniger als geplant.",
            "de",
            {33e6: Qualifier.APPROXIMATE},
        ),
        # "unter den" is among, not below
        ("Unter den 40 Toten sind auch fünf Kinder.", "de", {40: Qualifier.EXACT, 5: Qualifier.EXACT}),
    ],
)
def test_words_after_a_figure_that_do_not_qualify_it(
    text: str, language: str, expected: dict[float, Qualifier]
) -> None:
    assert {value: qualifier for value, (_, qualifier) in qualified(text, language).items()} == expected


def test_a_change_after_a_range_is_the_ranges() -> None:
    q = only("Die Preise stiegen zwischen 10 und 20 Prozent mehr als erwartet.", "de")
    assert (q.low, q.high, q.qualifier) == (10, 20, Qualifier.INCREASE)


# --- multiples and shares told alone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        (
            "Im Oktober kamen fast doppelt so viele Asylsuchende wie im Vorjahr nach Bayern.",
            "de",
            2,
            "approximate",
        ),
        ("Die Mieten stiegen in der Stadt auf das Dreifache des Niveaus von 2010.", "de", 3, "exact"),
        (
            "Die Zahl der Fälle hat sich seit dem Frühjahr mehr als verdreifacht, teilte das Institut mit.",
            "de",
            3,
            "more_than",
        ),
        (
            "Las llegadas a Baleares fueron casi el doble que en el mismo periodo del año pasado.",
            "es",
            2,
            "approximate",
        ),
        (
            "La factura eléctrica de los hogares se duplicó en apenas un año, según la asociación.",
            "es",
            2,
            "exact",
        ),
        (
            "Les hospitalisations représentent plus du double de celles de l'an dernier, selon l'agence.",
            "fr",
            2,
            "more_than",
        ),
        (
            "Le nombre de demandes d'asile a triplé en un an dans le département, selon la préfecture.",
            "fr",
            3,
            "exact",
        ),
        (
            "Os pedidos de ajuda chegaram a quase o dobro do registado no ano passado, segundo a associação.",
            "pt",
            2,
            "approximate",
        ),
        (
            "Gli sbarchi sono stati più del doppio rispetto allo stesso periodo dell'anno scorso.",
            "it",
            2,
            "more_than",
        ),
        (
            "Il numero dei casi di dengue è raddoppiato in un anno in tutta la regione, dice il ministero.",
            "it",
            2,
            "exact",
        ),
    ],
)
def test_multiples_are_figures_of_their_factor(
    text: str, language: str, value: float, qualifier: str
) -> None:
    q = only(text, language)
    assert (q.value, q.qualifier, q.unit) == (value, qualifier, "times")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le double meurtre de la rue Voltaire reste inexpliqué, selon les enquêteurs de la police.", "fr"),
        ("Il doppio incarico del ministro resta al centro delle polemiche in Parlamento.", "it"),
        ("El doble crimen de la calle Mayor conmocionó a los vecinos del barrio durante semanas.", "es"),
        ("Auteur d’un doublé, l'attaquant a offert la victoire à son équipe samedi soir à domicile.", "fr"),
    ],
)
def test_a_multiple_before_a_noun_or_after_an_article_is_no_figure(text: str, language: str) -> None:
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        ("Bewilligt ist bisher nur ein Teil der Leistung, knapp ein Viertel.", "de", 0.25, "approximate"),
        (
            "I frontalieri rappresentano ormai più di un terzo degli occupati del cantone.",
            "it",
            1 / 3,
            "more_than",
        ),
        (
            "Segundo a empresa, um terço da frota atual tem de ser substituído até ao fim da década.",
            "pt",
            1 / 3,
            "exact",
        ),
    ],
)
def test_a_share_of_one_is_read_alone(text: str, language: str, value: float, qualifier: str) -> None:
    q = only(text, language)
    assert q.value == pytest.approx(value) and q.qualifier == qualifier


def test_a_glued_g_before_a_dollar_is_a_billion() -> None:
    q = only("Le prolongement de la ligne coûtera finalement 7,6 G$, selon l'autorité de transport.", "fr")
    assert (q.value, q.unit) == (7.6e9, "dollar")


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind"),
    [
        ("Hanno votato circa 1,8 milioni di persone, e lo spoglio è terminato alle 23.", "it", "23", "time"),
        (
            "La reunión del consejo terminó a las 14, según fuentes del ministerio de Hacienda.",
            "es",
            "14",
            "time",
        ),
        ("Decisivo un 21enne entrato al 78'; la partita ha fruttato un incasso record.", "it", "78'", "time"),
        (
            "El Betis remontó con un gol en el minuto 88 y suma ya veintitrés puntos.",
            "es",
            "88",
            "identifier",
        ),
        (
            "Der FC Augsburg ist nach dem Sieg auf Platz 14 geklettert, teilte der Verein mit.",
            "de",
            "14",
            "identifier",
        ),
        (
            "O Palmeiras venceu o Botafogo por 3 a 1 no Allianz Parque, no domingo.",
            "pt",
            "3 a 1",
            "identifier",
        ),
        ("El Betis venció 2 a 0 al Girona en La Cartuja ante su afición.", "es", "2 a 0", "identifier"),
    ],
)
def test_hours_minutes_places_and_results_are_no_claim_figures(
    text: str, language: str, surface: str, kind: str
) -> None:
    found = {q.surface: q.kind for s in extract(text, language) for q in s.quantities}
    assert found[surface] == kind


def test_an_hour_after_alle_before_a_noun_is_a_count() -> None:
    q = only("Alle 23 persone ferite sono stati dati i primi soccorsi in ospedale.", "it")
    assert (q.surface, q.value) == ("23 persone", 23)


def test_a_range_with_a_stays_a_range() -> None:
    q = only("En los mercados, un kilo cuesta de 20 a 30 euros según la temporada y la zona.", "es")
    assert (q.low, q.high, q.unit) == (20, 30, "euro")


@pytest.mark.parametrize(
    ("text", "language", "surface", "low"),
    [
        (
            "Sur l'autoroute, des milliers d'automobilistes sont restés bloqués pendant la nuit.",
            "fr",
            "des milliers d'automobilistes",
            1000,
        ),
        (
            "Oltre 3.500 residenti sono stati evacuati e migliaia sono senza corrente da due giorni.",
            "it",
            "migliaia",
            1000,
        ),
        (
            "Centenares salieron a las calles de Lima para protestar contra el gobierno regional.",
            "es",
            "Centenares",
            100,
        ),
    ],
)
def test_vague_plurals_alone_or_before_an_elision(text: str, language: str, surface: str, low: float) -> None:
    q = next(q for s in extract(text, language) for q in s.quantities if q.surface == surface)
    assert (q.low, q.high) == (low, low * 10)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Las temperaturas bajaron a 4 grados bajo cero en Puno, según el servicio meteorológico.", "es", -4),
        (
            "In der Nacht sanken die Temperaturen auf 12 Grad unter null, teilte der Wetterdienst mit.",
            "de",
            -12,
        ),
        ("Le thermomètre est descendu à 8 degrés sous zéro dans le Jura, selon Météo-France.", "fr", -8),
    ],
)
def test_degrees_below_zero_are_negative(text: str, language: str, value: float) -> None:
    assert only(text, language).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Los ingresos petroleros sumaron 48 mil 340 millones de pesos en octubre, informó Hacienda.",
            48_340e6,
        ),
        ("En lo que va del año se contabilizan mil 243 homicidios dolosos en el estado de Sinaloa.", 1243),
        ("Llegaron unos 4 mil 500 elementos de la Guardia Nacional a Culiacán, según la Sedena.", 4500),
    ],
)
def test_the_mexican_thousand_between_digit_groups(text: str, value: float) -> None:
    assert only(text, "es").value == value


def test_the_thousand_word_alone_still_scales() -> None:
    assert figures(
        "Participaron 3 mil personas y entre 2 mil y 5 mil turistas en la marcha del domingo.", "es"
    ) == [
        ("3 mil personas", 3000),
        ("2 mil y 5 mil turistas", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'accident est survenu sur la RN 7, près de Valence, selon la préfecture de la Drôme.", "fr"),
        ("Le risque de diabète de type 2 est en hausse chez les jeunes adultes, selon l'étude.", "fr"),
        ("Un 30enne ha rapinato una tabaccheria di via Toledo alle 23 di martedì sera.", "it"),
    ],
)
def test_roads_types_and_hours_of_a_day_are_no_claim_figures(text: str, language: str) -> None:
    claim_figures = [q for s in extract(text, language) for q in s.quantities if q.kind in CLAIM_KINDS]
    assert claim_figures == []


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        (
            "Die Sanierung der Strecke soll eine halbe Milliarde Euro kosten, teilte die Bahn mit.",
            "de",
            5e8,
            "euro",
        ),
        (
            "Die Sperrung der Strecke soll ein halbes Jahr dauern, teilte die Bahn am Montag mit.",
            "de",
            0.5,
            "year",
        ),
        ("La producción de café superó el medio millón de sacos, informó la federación.", "es", 5e5, "sacos"),
        ("L'attente aux guichets a duré une demi-heure, selon la direction de la gare.", "fr", 0.5, "hour"),
    ],
)
def test_half_a_scale_or_a_duration(text: str, language: str, value: float, unit: str) -> None:
    q = only(text, language)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("La Audiencia Nacional ha condenado a nueve años y seis meses de prisión al cabecilla.", "es", 9.5),
        ("Das Landgericht hat den Mann zu sieben Jahren und drei Monaten Haft verurteilt.", "de", 7.25),
        ("Il a été condamné à 4 ans et 6 mois de prison ferme, selon le parquet de Lyon.", "fr", 4.5),
    ],
)
def test_years_and_months_are_one_duration(text: str, language: str, value: float) -> None:
    assert only(text, language).value == value


def test_an_age_told_by_a_number_word_and_jaehrig() -> None:
    found = [
        (q.surface, q.value, q.kind)
        for s in extract("Unter den Toten sei ein neunjähriges Mädchen, teilte die Polizei mit.", "de")
        for q in s.quantities
    ]
    assert found == [("neunjähriges", 9, "age")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Près de nonante témoins ont été entendus par la cour d'assises de Liège.", 90),
        ("Quelque nonante-deux mille ménages sont concernés par la mesure, selon Statbel.", 92000),
        ("La commune compte septante-cinq habitants de plus que l'an dernier, selon la commune.", 75),
    ],
)
def test_belgian_and_swiss_tens(text: str, value: float) -> None:
    assert only(text, "fr").value == value


@pytest.mark.parametrize(
    ("text", "language", "low"),
    [
        ("Selon l'ONU, des centaines de milliers de personnes ont fui la capitale haïtienne.", "fr", 1e5),
        ("Cientos de miles de personas salieron a las calles de Buenos Aires el sábado.", "es", 1e5),
        ("Des dizaines sont encore portés disparus, selon la préfecture du Var.", "fr", 10),
    ],
)
def test_more_vague_plurals(text: str, language: str, low: float) -> None:
    q = only(text, language)
    assert (q.low, q.high) == (low, low * 10)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Auskunft gibt die Hotline 0800 1 50 70 90, teilte die Bahn am Montag mit.", "de"),
        ("Der Mann legte gegen das Urteil (Az. 621 KLs 14/25) Revision ein, sagte sein Anwalt.", "de"),
        ("El delantero marcó en la jornada 14 y volvió a marcar en la siguiente, según el club.", "es"),
        ("Les foyers étaient encore privés d'électricité lundi à 18 heures, selon Enedis.", "fr"),
    ],
)
def test_phones_case_numbers_rounds_and_hours_are_no_claim_figures(text: str, language: str) -> None:
    assert [q for s in extract(text, language) for q in s.quantities if q.kind in CLAIM_KINDS] == []


def test_a_multiple_before_an_elided_article() -> None:
    q = only("La ligne transporte le triple d'avant son extension, selon la RATP et la région.", "fr")
    assert (q.value, q.unit) == (3, "times")


@pytest.mark.parametrize(
    ("text", "language", "surface", "low"),
    [
        (
            "Tras el derrumbe, decenas quedaron atrapadas bajo los escombros del edificio.",
            "es",
            "decenas",
            10,
        ),
        ("Cientos se concentraron frente al Congreso para protestar por los recortes.", "es", "Cientos", 100),
        ("Dopo la frana decine sono rimasti senza casa nella valle, secondo il sindaco.", "it", "decine", 10),
        (
            "Com a cheia, dezenas ficaram desalojadas na margem do rio, segundo a Proteção Civil.",
            "pt",
            "dezenas",
            10,
        ),
    ],
)
def test_tens_and_hundreds_alone_before_a_verb(text: str, language: str, surface: str, low: float) -> None:
    q = next(q for s in extract(text, language) for q in s.quantities if q.surface == surface)
    assert (q.low, q.high) == (low, low * 10)


def test_half_a_round_noun_is_half_its_number() -> None:
    q = only("La cooperativa dará trabajo a medio centenar de jornaleros durante la vendimia.", "es")
    assert (q.value, q.qualifier, q.unit) == (50, "approximate", "jornaleros")


@pytest.mark.parametrize(
    ("text", "language", "unit", "qualifier"),
    [
        ("El hospital lleva un año y medio sin cardiólogo, denuncian los vecinos.", "es", "year", "exact"),
        (
            "Les passagers ont attendu plus d'une heure et demie sur le quai, selon la SNCF.",
            "fr",
            "hour",
            "more_than",
        ),
        (
            "A obra esteve parada durante um ano e meio por falta de verbas, disse o autarca.",
            "pt",
            "year",
            "exact",
        ),
    ],
)
def test_one_and_a_half_of_a_duration(text: str, language: str, unit: str, qualifier: str) -> None:
    q = only(text, language)
    assert (q.value, q.unit, q.qualifier) == (1.5, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hace un año, el ayuntamiento prometió reabrir la biblioteca del barrio.", "es"),
        ("Il y a un an, la mairie promettait de rouvrir la piscine municipale.", "fr"),
    ],
)
def test_one_year_alone_is_no_figure(text: str, language: str) -> None:
    assert figures(text, language) == []


def test_a_future_doubling_is_a_multiple() -> None:
    q = only("Selon le gestionnaire du réseau, la consommation doublera dans les grandes villes.", "fr")
    assert (q.value, q.unit) == (2, "times")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Les exportations de phosphates ont rapporté 41,2 MMDH au premier semestre.", 41.2e9, "dirham"),
        ("La commune a débloqué une enveloppe de 35 MDH pour la voirie.", 35e6, "dirham"),
        ("Le billet d'entrée passe à 70 DH pour les visiteurs étrangers.", 70, "dirham"),
    ],
)
def test_moroccan_dirhams_and_their_glued_scales(text: str, value: float, unit: str) -> None:
    q = only(text, "fr")
    assert (q.value, q.unit, q.kind) == (pytest.approx(value), unit, "money")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wer etwas beobachtet hat, kann sich unter 0621174 bei der Polizei melden.", "de"),
        ("Die Bundesstraße war wegen des Unfalls zwischen 6 und 9 Uhr voll gesperrt.", "de"),
        ("Der ICE 4 fährt ab Dezember stündlich zwischen Basel und Hamburg.", "de"),
        ("La votación se celebrará entre el 12 y el 14 de marzo en todo el país.", "es"),
    ],
)
def test_phones_spans_of_hours_and_days_and_trains_are_no_claim_figures(text: str, language: str) -> None:
    assert figures(text, language) == []


def test_a_span_of_percentages_between_two_numbers_stays_a_range() -> None:
    q = only("Laut Umfrage wollen zwischen 18 und 23 Prozent der Befragten wechseln.", "de")
    assert (q.low, q.high, q.unit) == (18, 23, "percent")


@pytest.mark.parametrize(
    ("text", "language", "surface", "low"),
    [
        (
            "Tras las inundaciones, decenas de miles siguen sin agua potable en la costa.",
            "es",
            "decenas de miles",
            1e4,
        ),
        (
            "Dopo il sisma decine di migliaia sono ancora ospitati nelle tende.",
            "it",
            "decine di migliaia",
            1e4,
        ),
        (
            "Na capital, dezenas de milhares protestaram contra a reforma da previdência.",
            "pt",
            "dezenas de milhares",
            1e4,
        ),
    ],
)
def test_tens_of_thousands_alone_before_a_verb(text: str, language: str, surface: str, low: float) -> None:
    q = only(text, language)
    assert (q.surface, q.low, q.high) == (surface, low, low * 10)


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Im aktuellen Politbarometer legen die Grünen um einen Punkt auf 13 Prozent zu.", "de", "increase"),
        ("Le taux de chômage a reculé d'un point en un an, selon l'Insee.", "fr", "decrease"),
    ],
)
def test_one_point_after_a_change(text: str, language: str, qualifier: str) -> None:
    q = next(
        q for s in extract(text, language) for q in s.quantities if q.surface in ("einen Punkt", "un point")
    )
    assert (q.value, q.unit, q.qualifier) == (1, "percentage point", qualifier)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le préfet a tenu un point de presse à la mairie en fin de journée.", "fr"),
        ("C'est un point de vue que partagent les syndicats de la fonction publique.", "fr"),
        ("Das ist ein Punkt, den die Koalition noch klären muss, sagte die Ministerin.", "de"),
        ("En Seine-Saint-Denis (93), les classes ont rouvert lundi matin.", "fr"),
        ("El nuevo paradero de la calle 72 abrirá en marzo, informó TransMilenio.", "es"),
    ],
)
def test_points_in_a_phrase_departments_and_streets_are_no_claim_figures(text: str, language: str) -> None:
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Heizöl war im November 4,2 Prozent billiger als vor einem Jahr.", "de", "decrease"),
        ("Butter war im Oktober um 9 Prozent teurer als vor einem Jahr.", "de", "increase"),
        ("Telefónica cedió un 1,4 % tras conocerse sus resultados.", "es", "decrease"),
        ("Repsol se revalorizó un 2,2 % en la sesión del martes.", "es", "increase"),
        ("El índice acumula una ganancia cercana al 15 % en el año.", "es", "approximate"),
    ],
)
def test_changes_and_hedges_after_or_before_a_percentage(text: str, language: str, qualifier: str) -> None:
    assert only(text, language).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("In den Kliniken der Region fehlen zwischen 1500 und 2000 Pflegekräfte.", "de", 1500, 2000),
        ("La reforma creará entre 800 y 2000 empleos en la provincia, según el Gobierno.", "es", 800, 2000),
        ("Le plan prévoit de 1 200 à 2020 logements sociaux d'ici la fin du mandat.", "fr", 1200, 2020),
    ],
)
def test_a_year_like_number_ending_a_range_of_amounts_is_an_amount(
    text: str, language: str, low: float, high: float
) -> None:
    q = only(text, language)
    assert (q.low, q.high) == (low, high)


def test_a_range_of_years_stays_two_years() -> None:
    kinds = [
        q.kind for s in extract("Zwischen 1990 und 2000 wuchs die Stadt kräftig.", "de") for q in s.quantities
    ]
    assert kinds == ["date", "date"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Las exportaciones de aguacate se multiplicaron por diez en una década.", "es", 10),
        ("Le nombre de demandes d'asile a été multiplié par 2,5 depuis l'an dernier.", "fr", 2.5),
        ("Le domande di asilo sono state moltiplicate per tre, secondo l'Istat.", "it", 3),
    ],
)
def test_multiplied_by_a_factor_is_a_multiple(text: str, language: str, value: float) -> None:
    q = only(text, language)
    assert (q.value, q.unit) == (value, "times")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un total de 27,405 hondureños fueron retornados este año, un 12.4 por ciento más que en 2025. "
            "De ellos, unos 3,150 eran menores de edad.",
            [27405, 12.4, 3150],
        ),
        ("La tormenta dejó más de 52,000 damnificados en el sur de Guatemala.", [52000]),
        ("Las remesas sumaron US$4,120 millones, un 6.3% más que el año anterior.", [4.12e9, 6.3]),
        # Spain's convention in the same document wins: a decimal comma, dot thousands
        (
            "El paro bajó al 11,2 % y afecta a 2.600.000 personas; 1,500 kilos de ayuda llegaron.",
            [11.2, 2.6e6, 1.5],
        ),
    ],
)
def test_spanish_with_a_decimal_point_and_comma_thousands(text: str, expected: list[float]) -> None:
    assert [value for _, value in figures(text, "es")] == pytest.approx(expected)


def test_a_count_of_a_count_is_two_figures_and_a_small_one_a_share() -> None:
    assert figures("Die Luftabwehr habe 61 von 78 Drohnen abgefangen, teilte das Militär mit.", "de") == [
        ("61", 61),
        ("78 Drohnen", 78),
    ]
    assert only("Laut Umfrage sind 3 von 10 Befragten für das Tempolimit.", "de").value == pytest.approx(0.3)


def test_one_and_a_half_of_a_measure() -> None:
    q = only("En La Mojana el agua alcanzó hasta un metro y medio en las viviendas.", "es")
    assert (q.value, q.unit, q.qualifier) == (1.5, "metre", "at_most")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("El turismo aporta casi una cuarta parte del PIB de la isla.", 0.25),
        ("Dos terceras partes de los encuestados apoyan la reforma.", 2 / 3),
    ],
)
def test_an_ordinal_part_is_a_share(text: str, value: float) -> None:
    assert only(text, "es").value == pytest.approx(value, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        (
            "Der Leitindex legte um 1,2 Prozent auf 19.040 Punkte zu, berichteten Händler.",
            "1,2 Prozent",
            "increase",
        ),
        ("Die Stadt stockt ihre Hilfe für die Tafeln um 2,5 Mio. Euro auf.", "2,5 Mio. Euro", "increase"),
        ("Die Zahl der Verkehrstoten ging im Vorjahr um 7 Prozent zurück.", "7 Prozent", "decrease"),
        (
            "Die Ausgaben sollen um 3,1 Prozent auf 88,7 Mrd. Franken steigen, wie der Bund mitteilte.",
            "3,1 Prozent",
            "increase",
        ),
        (
            "Die Notenbank dürfte den Leitzins um 25 Basispunkte auf 2 Prozent senken.",
            "25 Basispunkte",
            "decrease",
        ),
        (
            "Der Konzern hat den Gewinn um 9 Prozent auf 2,1 Milliarden Euro gesteigert.",
            "9 Prozent",
            "increase",
        ),
        (
            "Ermittler durchsuchten am Dienstag rund ein Dutzend Wohnungen in Köln.",
            "rund ein Dutzend Wohnungen",
            "approximate",
        ),
        (
            "Seit der Waffenruhe sind gut 3100 Lastwagen in das Gebiet gelangt.",
            "gut 3100 Lastwagen",
            "more_than",
        ),
    ],
)
def test_german_changes_told_around_the_figure_and_hedges(text: str, surface: str, qualifier: str) -> None:
    q = next(q for s in extract(text, "de") for q in s.quantities if q.surface == surface)
    assert q.qualifier == qualifier


def test_basis_points_are_a_unit_in_each_language() -> None:
    assert only("El banco central recortó su tasa en 50 puntos básicos, informó.", "es").unit == "basis point"
    assert only("Le rendement a reculé de 6 points de base en une séance.", "fr").unit == "basis point"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Auf der Tramlinie 9 fallen bis Freitag alle Kurse aus, teilten die Verkehrsbetriebe mit.", "de"),
        ("Im Stimmbezirk 14 lag die Beteiligung deutlich höher als im Rest der Stadt.", "de"),
        ("SEVILLA, 3 dic (EFE).- La Junta aprobó el plan de vivienda del área metropolitana.", "es"),
        ("LYON, 3 déc. (AFP) - La préfecture a levé l'alerte pollution dans l'agglomération.", "fr"),
    ],
)
def test_compound_line_names_and_abbreviated_dateline_months_are_no_claim_figures(
    text: str, language: str
) -> None:
    assert figures(text, language) == []


def test_the_sea_is_no_month() -> None:
    assert figures("El pesquero faenaba a 15 millas mar adentro cuando se hundió.", "es") == [
        ("15 millas", 15)
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Knapp die Hälfte der Antragsteller stammte aus Syrien, gut 2100 aus Afghanistan.", "de", 2100),
        ("Según la ONG, llegaron a la isla más de 1900 en una sola semana.", "es", 1900),
    ],
)
def test_a_bounded_year_like_number_is_an_amount(text: str, language: str, value: float) -> None:
    q = next(q for s in extract(text, language) for q in s.quantities if q.value == value)
    assert q.kind == "cardinal"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Obstbauern rechnen mit einer Ernte, die ein Viertel geringer ist als 2025.", "de"),
        ("Bis 2030 soll das gesamte Netz auf Ökostrom umgestellt sein, sagte die Ministerin.", "de"),
        ("Hasta 2030 no habrá nuevas licencias de pesca en la zona, según el decreto.", "es"),
    ],
)
def test_a_year_compared_with_or_reached_stays_a_year(text: str, language: str) -> None:
    kinds = {q.surface.split()[-1]: q.kind for s in extract(text, language) for q in s.quantities}
    assert kinds[next(k for k in kinds if k.startswith("20"))] == "date"


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Der Wetterdienst erwartet in der Nacht minus 7 bis minus 15 Grad im Bergland.", "de", -15, -7),
        ("Météo-France annonce de moins 4 à moins 9 degrés dans le Jura cette nuit.", "fr", -9, -4),
    ],
)
def test_a_range_of_temperatures_below_zero(text: str, language: str, low: float, high: float) -> None:
    q = only(text, language)
    assert (q.low, q.high, q.unit) == (low, high, "degree celsius")


def test_losing_one_point_is_a_decrease() -> None:
    q = only("Die SPD verliert einen Punkt gegenüber dem Vormonat, zeigt die neue Umfrage.", "de")
    assert (q.value, q.qualifier) == (1, "decrease")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("La Fiscalía aseguró 4 millones 780 mil pesos en efectivo durante el cateo.", 4_780_000, "peso"),
        (
            "El municipio tiene 1 millón 250 mil habitantes, según el último censo del INEGI.",
            1_250_000,
            "habitantes",
        ),
    ],
)
def test_millions_and_thousands_said_in_one_amount(text: str, value: float, unit: str) -> None:
    q = only(text, "es")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nach Angaben der Armee schlugen rund drei Dutzend Drohnen in der Stadt ein.", "de"),
        ("La policía detuvo a tres docenas de sospechosos en la operación.", "es"),
        ("Trois douzaines de maisons ont été détruites par les flammes.", "fr"),
        ("Tre dozzine di case sono state evacuate nella notte.", "it"),
        ("Três dúzias de casas foram destruídas pelo fogo.", "pt"),
    ],
)
def test_a_number_of_dozens_is_multiplied(text: str, language: str) -> None:
    assert only(text, language).value == 36


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Die Angeklagten erhielten Haftstrafen zwischen fünf und acht Jahren.", "de", 5, 8),
        ("Los funcionarios recibieron penas de entre cinco y siete años.", "es", 5, 7),
        ("Les prévenus encourent entre trois et six ans de prison.", "fr", 3, 6),
        ("Gli imputati rischiano tra quattro e nove anni di carcere.", "it", 4, 9),
    ],
)
def test_a_range_in_words_between_two_ends(text: str, language: str, low: float, high: float) -> None:
    q = only(text, language)
    assert (q.low, q.high, q.kind) == (low, high, "duration")


def test_a_number_word_before_uhr_is_a_clock_time_and_no_lone_range_end_is_left() -> None:
    assert figures("Zwischen zwei und drei Uhr kam es zu mehreren Explosionen.", "de") == []
    (time,) = [q for s in extract("Um vier Uhr früh brach das Feuer aus.", "de") for q in s.quantities]
    assert (time.surface, time.kind) == ("vier Uhr", "time")


def test_a_comma_before_three_zeros_is_a_thousands_separator_in_spanish() -> None:
    text = "Los cruces del Darién cayeron un 38% en el año, hasta unos 245,000, informó Migración."
    assert figures(text, "es") == [("38%", 38), ("unos 245,000", 245000)]


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("El paro registrado bajó en 12.400 personas en octubre.", "es", "decrease"),
        ("Die Zahl der Arbeitslosen ist im Oktober um 9.000 Personen gestiegen.", "de", "increase"),
        ("Los partidos de la oposición ganaron 14 escaños.", "es", "exact"),  # won, not changed by
    ],
)
def test_a_count_changed_by_that_many_keeps_its_change(text: str, language: str, qualifier: str) -> None:
    assert only(text, language).qualifier == qualifier


def test_hasta_after_a_change_and_a_comma_is_the_level_reached() -> None:
    change, level = [
        q
        for s in extract("El desempleo bajó en 8.100 personas, hasta 2.401.000 parados.", "es")
        for q in s.quantities
    ]
    assert (change.qualifier, level.value, level.qualifier) == ("decrease", 2401000, "exact")
    assert (
        only("Las lluvias podrían alcanzar hasta 150 litros por metro cuadrado.", "es").qualifier == "at_most"
    )


def test_centavos_are_money() -> None:
    q = only("El precio del pan subió 8 centavos en la semana.", "es")
    assert (q.unit, q.kind, q.qualifier) == ("cent", "money", "increase")


def test_a_number_after_a_name_mid_sentence_is_part_of_the_name() -> None:
    assert figures("Une fusée Ariane 6 a décollé samedi de Kourou.", "fr") == []
    assert figures("Les réacteurs Doel 4 et Tihange 3 ont été arrêtés.", "fr") == []
    assert figures("Le canton compte trois cliniques et Genève 3 hôpitaux.", "fr") == [
        ("trois cliniques", 3),
        ("3 hôpitaux", 3),
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("La dette du canton atteindra CHF 12,9 mia d'ici à 2027.", "fr", 12.9e9),
        ("Der Umsatz sank im Halbjahr auf CHF 1,74 Mrd.", "de", 1.74e9),
        ("Le Conseil d'Etat débloque CHF 45 millions pour les hôpitaux.", "fr", 45e6),
    ],
)
def test_a_currency_code_before_the_amount(text: str, language: str, value: float) -> None:
    q = only(text, language)
    assert (q.value, q.unit) == (pytest.approx(value), "franc")


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        ("Die Zinsen stiegen um einen halben Prozentpunkt.", "de", "einen halben Prozentpunkt", "increase"),
        ("La tasa de temporalidad se redujo medio punto.", "es", "medio punto", "decrease"),
        ("Prevén otro recorte de medio punto porcentual.", "es", "medio punto porcentual", "decrease"),
        ("Le chômage a reculé d'un demi-point.", "fr", "un demi-point", "decrease"),
        ("A taxa Selic caiu meio ponto.", "pt", "meio ponto", "decrease"),
        ("L'inflazione è scesa di mezzo punto percentuale.", "it", "mezzo punto percentuale", "decrease"),
    ],
)
def test_half_a_percentage_point(text: str, language: str, surface: str, qualifier: str) -> None:
    q = only(text, language)
    assert (q.surface, q.value, q.unit, q.qualifier) == (surface, 0.5, "percentage point", qualifier)


def test_half_a_bare_point_is_a_share_only_as_a_change() -> None:
    assert figures("Ganó el set por medio punto de diferencia.", "es") == []
    (agreed,) = extract("Hubo dos puntos de acuerdo.", "es")[0].quantities  # (points counted, no share)
    assert (agreed.value, agreed.unit) == (2, "puntos")


def test_a_share_before_a_singular_of_the() -> None:
    q = only("O serviço da dívida absorve cerca de metade da despesa.", "pt")
    assert (q.value, q.qualifier) == (0.5, "approximate")


def test_minus_before_a_share_or_an_amount_is_negative_only_as_a_level() -> None:
    rate = only("Die Nationalbank belässt den Leitzins auf minus 0,25 Prozent.", "de")
    assert (rate.value, rate.qualifier) == (-0.25, "exact")
    assert only("La tasa quedó en menos 0,5 %.", "es").value == -0.5
    fall = only("Umsatz minus 5 Prozent.", "de")  # (a headline's fall, not a level below zero)
    assert (fall.value, fall.qualifier) == (5, "decrease")
    assert only("Au moins 5 % des votes.", "fr").qualifier == "at_least"


def test_a_decimal_point_before_four_digits_in_a_dot_thousands_language() -> None:
    q = only("Der Franken notierte bei 0.9412 Franken je Euro.", "de")
    assert (q.value, q.unit) == (0.9412, "franc")
    assert only("Es kamen 250.000 Menschen.", "de").value == 250_000


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Les prix ont reculé de trois dixièmes de point.", "fr", 0.3),
        ("Les prix ont reculé d'un dixième de point.", "fr", 0.1),
        ("La inflación bajó tres décimas.", "es", 0.3),  # (0.3, not 3 * 0.1)
    ],
)
def test_tenths_of_a_point(text: str, language: str, value: float) -> None:
    q = only(text, language)
    assert (q.value, q.qualifier) == (value, "decrease")


def test_a_bound_after_a_negation_in_french_and_spanish() -> None:
    assert only("Le taux de participation n'a pas dépassé 11,3 %.", "fr").qualifier == "at_most"
    assert only("La participación no ha superado el 40 %.", "es").qualifier == "at_most"


def test_trepar_is_a_rise_and_devant_no_counted_noun() -> None:
    assert only("Las tarifas de gas treparon un 4,1%.", "es").qualifier == "increase"
    assert only("Le club a aligné 11 devant ses supporters.", "fr").unit is None


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("La Banque du Canada a abaissé son taux directeur de 25 points de base.", "fr", "decrease"),
        ("La BCE a rehaussé ses taux de 0,25 point.", "fr", "increase"),
        ("El banco central elevó su tasa en 25 puntos básicos.", "es", "increase"),
        ("El banco rebajó la tasa en 50 puntos básicos.", "es", "decrease"),
        ("Die EZB hob den Leitzins um 0,25 Prozentpunkte an.", "de", "increase"),
        ("O Copom elevou a Selic em 0,5 ponto percentual.", "pt", "increase"),
        ("O BC cortou a taxa em 0,25 ponto percentual.", "pt", "decrease"),
    ],
)
def test_a_central_bank_moves_its_rate_by_a_figure(text: str, language: str, qualifier: str) -> None:
    assert only(text, language).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Die Volkspartei hat damit 3,9 Prozentpunkte verloren.", "decrease"),
        ("Die Grünen haben zwei Prozentpunkte zugelegt.", "increase"),
        ("Die Aktie hat seit Jahresbeginn fünf Prozent eingebüßt.", "decrease"),
        ("Die Wahlbeteiligung ist auf 58 Prozent gesunken.", "exact"),  # (a level reached: "auf")
    ],
)
def test_a_share_won_or_lost_before_a_german_participle(text: str, qualifier: str) -> None:
    assert only(text, "de").qualifier == qualifier


def test_a_word_elided_before_an_apostrophe_is_no_counted_noun() -> None:
    fuel, _ = (q for q in extract("Le sans-plomb 95 s'affiche à 1,74 euro le litre.", "fr")[0].quantities)
    assert fuel.unit is None and fuel.surface == "95"


def test_a_german_sentence_ends_after_a_number_before_a_word_that_opens_sentences() -> None:
    first, second = extract("Betroffen sind Menschen über 60. In Sachsen schlossen 17 Schulen.", "de")
    (over,) = first.quantities
    assert (over.value, over.qualifier, over.kind) == (60, "more_than", "cardinal")
    assert second.text.startswith("In Sachsen")
    (war,) = extract("Der 2. Weltkrieg endete 1945.", "de")  # (an ordinal before a noun stays one)
    assert war.quantities[0].kind == "ordinal"


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        ("Die Quote kletterte um 0,1 Punkte auf 6,2 %.", "de", 0.1, "increase"),
        ("Der Eisberg ist etwa anderthalbmal so groß wie das Saarland.", "de", 1.5, "approximate"),
        ("La puntualidad cayó 6 puntos, hasta el 81 %.", "es", 6, "decrease"),
        ("El equipo ganó dos puntos en casa.", "es", 2, "exact"),  # (points scored)
        ("La mayoría de los inversores son mayores de 65 años.", "es", 65, "more_than"),
        ("Los menores de 12 años entraron gratis.", "es", 12, "less_than"),
        ("La afiliación llegó hasta rozar los 21,9 millones.", "es", 21_900_000, "approximate"),
        ("Su temperatura rondaría los -15 grados.", "es", -15, "approximate"),
    ],
)
def test_more_qualifiers_and_changes(text: str, language: str, value: float, qualifier: str) -> None:
    q = extract(text, language)[0].quantities[0]
    assert (q.value, q.qualifier) == (value, qualifier)


def test_a_superlative_adjective_is_no_change() -> None:
    low, years = extract("La mínima fue de -2 grados, la más baja en 12 años.", "es")[0].quantities
    assert (low.value, years.qualifier) == (-2, "exact")


def test_german_vague_plurals_in_the_dative() -> None:
    q = only("Retter suchen nach Dutzenden Verschütteten.", "de")
    assert (q.low, q.high) == (12, 120)


def test_a_number_after_a_compound_of_nummer_names_something() -> None:
    (bib,) = extract("Gewonnen hat eine Schweizerin mit Startnummer 7.", "de")[0].quantities
    assert bib.kind == "identifier"
    (goals,) = extract("Es waren seine Saisontore Nummer 17 und 18.", "de")[0].quantities
    assert (goals.surface, goals.kind) == ("17 und 18", "identifier")


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("El bolívar se depreció un 18 por ciento frente al dólar.", "es", "decrease"),
        ("La diferencia superaba los 1,6 millones de sufragios.", "es", "more_than"),
        ("El Banco de México recortó su tasa de interés en 25 puntos base.", "es", "decrease"),
        (
            "Die Mieten sind im Vergleich zum Vorjahr um 6,3 Prozent auf durchschnittlich 14,20 Euro pro "
            "Quadratmeter gestiegen.",
            "de",
            "increase",
        ),
    ],
)
def test_changes_and_bounds_told_further_from_the_figure(text: str, language: str, qualifier: str) -> None:
    assert extract(text, language)[0].quantities[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Die CDU kam auf 31,4 Prozent, ein Minus von 5,7 Prozentpunkten.", "de", "decrease"),
        ("Die Ostsee hat sich seit 1990 um 1,9 Grad erwärmt.", "de", "increase"),
        ("Die Quote übersteigt inzwischen 40 Prozent.", "de", "more_than"),
        ("El Gobierno prevé que la inversión supere los US$ 6.000 millones.", "es", "more_than"),
        ("La afiliación superó ya los 21 millones.", "es", "more_than"),
        ("El PIB avanzó 1.4%, por debajo del 1.9% que esperaban los analistas.", "es", "exact"),
        ("Des rafales dépassant 190 km/h ont été mesurées.", "fr", "more_than"),
        ("Le nombre de déplacés dépasse désormais 1,3 million.", "fr", "more_than"),
    ],
)
def test_bounds_past_an_adverb_and_more_verb_forms(text: str, language: str, qualifier: str) -> None:
    assert extract(text, language)[0].quantities[-1].qualifier == qualifier


def test_a_reflexive_pronoun_is_no_counted_noun() -> None:
    fuel, _ = extract("Le sans-plomb 95 se vend 1,74 €.", "fr")[0].quantities
    assert fuel.unit is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Die Mieten sind um durchschnittlich 7,4 Prozent auf 16,35 Euro gestiegen.", "increase"),
        ("Der Umsatz war um 8,6 Prozent auf 4,1 Mrd. Euro zurückgegangen.", "decrease"),
    ],
)
def test_a_german_change_after_um_and_an_adverb_or_zurueckgegangen(text: str, qualifier: str) -> None:
    assert extract(text, "de")[0].quantities[0].qualifier == qualifier


def test_the_dominican_peso_before_the_amount() -> None:
    (fare,) = extract("El pasaje se mantiene en RD$20.", "es")[0].quantities
    assert (fare.value, fare.unit, fare.kind) == (20, "dominican peso", "money")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Stehplätze gab es ab 5 Euro.", "at_least"),
        ("Kinder ab 6 Jahren zahlen den vollen Preis.", "at_least"),
    ],
)
def test_ab_before_an_amount_with_a_unit_is_the_least(text: str, qualifier: str) -> None:
    assert only(text, "de").qualifier == qualifier


def test_ab_before_a_year_is_a_date() -> None:
    (year,) = extract("Ab 2030 sind neue Expeditionen geplant.", "de")[0].quantities
    assert year.kind == "date"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Stadt rief die Alarmstufe 3 aus.", "de"),
        ("À Maurice, placée en alerte cyclonique de classe 3, les écoles ferment.", "fr"),
        ("Un huracán de categoría 4 tocó tierra.", "es"),
    ],
)
def test_a_level_of_alert_or_a_category_is_a_name(text: str, language: str) -> None:
    assert [q.kind for s in extract(text, language) for q in s.quantities] == ["identifier"]


def test_german_points_lost_keep_their_change() -> None:
    (points,) = extract("Die Partei verlor 3,4 Punkte.", "de")[0].quantities
    assert points.qualifier == "decrease"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("El Gobierno destinará Q12.5 millones al programa.", "Q12.5 millones", 12.5e6, "quetzal"),
        ("Cada familia recibirá Q300 al mes.", "Q300", 300, "quetzal"),
        ("El Gobierno peruano destinará S/ 1.500 millones.", "S/ 1.500 millones", 1.5e9, "sol"),
        ("Costa Rica invertirá ₡500 millones.", "₡500 millones", 5e8, "colon"),
        ("Paraguay recaudó Gs 15.000 millones.", "Gs 15.000 millones", 1.5e10, "guarani"),
    ],
)
def test_latin_american_currency_signs(text: str, surface: str, value: float, unit: str) -> None:
    money = only(text, "es")
    assert (money.surface, money.value, money.unit, money.kind) == (surface, value, unit, "money")


def test_a_currency_sign_with_a_full_stop_ends_no_sentence() -> None:
    (sentence,) = extract("Panamá invertirá B/. 12 millones en el canal.", "es")
    assert [(q.surface, q.unit) for q in sentence.quantities] == [("B/. 12 millones", "balboa")]


def test_a_quarter_written_with_q_stays_a_name() -> None:
    quarter = extract("El Q4 de 2024 fue malo.", "es")[0].quantities[0]
    assert (quarter.surface, quarter.kind) == ("Q4", "identifier")


def test_a_change_verb_before_an_adverb() -> None:
    (points,) = extract("Die Partei verlor damit 3,4 Punkte.", "de")[0].quantities
    assert points.qualifier == "decrease"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Le prix a été multiplié par deux fois et demie.", "fr", 2.5),
        ("El precio es tres veces y media mayor.", "es", 3.5),
        ("O preço é duas vezes e meia maior.", "pt", 2.5),
        ("Die Kosten sind drei Mal so hoch.", "de", 3),
    ],
)
def test_times_and_a_half(text: str, language: str, value: float) -> None:
    multiple = only(text, language)
    assert (multiple.value, multiple.unit) == (value, "times")


def test_a_multiple_after_a_change_verb_is_no_change() -> None:
    (rain,) = extract("En Baracoa cayó 2,5 veces el promedio.", "es")[0].quantities
    assert (rain.value, rain.unit, rain.qualifier) == (2.5, "times", "exact")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Fast die Hälfte der Mediziner ist älter als 60 Jahre.", "more_than"),
        ("Kinder jünger als 6 Jahre zahlen nichts.", "less_than"),
        ("Er erhält einen Vertrag über vier Jahre.", "exact"),  # a contract for, not over
    ],
)
def test_german_older_younger_and_a_contract_for(text: str, qualifier: str) -> None:
    (years,) = [q for q in extract(text, "de")[0].quantities if q.unit == "year"]
    assert years.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("La police a neutralisé une douzaine d'assaillants.", 12, "approximate"),
        ("Il a vendu trois douzaines d'œufs.", 36, "exact"),
        ("La dette devrait frôler les 108 % du PIB.", 108, "approximate"),
    ],
)
def test_french_a_dozen_and_close_to(text: str, value: float, qualifier: str) -> None:
    figure = only(text, "fr")
    assert (figure.value, figure.qualifier) == (value, qualifier)


def test_a_change_verb_before_on_average() -> None:
    assert only("Las tarifas subirán en promedio 9,3 % a partir de enero.", "es").qualifier == "increase"


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Las remesas sumaron 5,210 mdd en octubre.", "es", 5.21e9, "dollar"),
        ("El programa cuesta 300 mdp.", "es", 3e8, "peso"),
        ("Les recettes touristiques ont atteint 7 215 MD à fin novembre.", "fr", 7.215e9, "dinar"),
    ],
)
def test_a_scale_and_a_currency_in_one_abbreviation(
    text: str, language: str, value: float, unit: str
) -> None:
    money = only(text, language)
    assert (money.value, money.unit, money.kind) == (value, unit, "money")


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Über Nacht war ein halber Meter Neuschnee gefallen.", "de", "metre"),
        ("Un demi-mètre de neige est tombé.", "fr", "metre"),
        ("Costó medio euro.", "es", "euro"),
    ],
)
def test_half_a_unit(text: str, language: str, unit: str) -> None:
    half = only(text, language)
    assert (half.value, half.unit) == (0.5, unit)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Bis zu 35 Zentimeter Neuschnee.", "de", 35, "centimetre"),
        ("Chaque réfugié dispose de 9 litres d'eau.", "fr", 9, "litre"),
        ("Cayeron 40 milímetros de lluvia.", "es", 40, "millimetre"),
    ],
)
def test_centimetres_millimetres_and_litres(text: str, language: str, value: float, unit: str) -> None:
    measure = only(text, language)
    assert (measure.value, measure.unit, measure.kind) == (value, unit, "measure")


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Cayeron 30 centímetros de nieve.", "es", "exact"),  # snow fell: no decrease
        ("El nivel bajó 30 centímetros.", "es", "decrease"),
        ("Las tropas avanzaron 12 kilómetros.", "es", "exact"),  # a distance advanced
        ("Les troupes ont progressé de 12 kilomètres.", "fr", "exact"),
        ("El índice subyacente avanzó 0.18% quincenal.", "es", "increase"),
        ("Le débit a baissé d'un tiers en deux semaines.", "fr", "exact"),  # the period, not the change
        ("L'âge de départ a été relevé de deux ans.", "fr", "increase"),
    ],
)
def test_what_a_change_verb_changes(text: str, language: str, qualifier: str) -> None:
    assert extract(text, language)[0].quantities[-1].qualifier == qualifier


def test_several_hundred_in_german() -> None:
    several = only("Mehrere Hundert Haushalte waren ohne Strom.", "de")
    assert (several.low, several.high) == (100, 1000)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Elle est restée au-dessus de 24 degrés.", "more_than"),
        ("Il a fait en dessous de 5 degrés.", "less_than"),
    ],
)
def test_french_above_and_below(text: str, qualifier: str) -> None:
    assert only(text, "fr").qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("L'entreprise a perdu 48,3 millions d'euros l'an dernier.", "fr", "exact"),  # a loss, an amount
        ("Almendra ganó 184,6 millones de euros hasta septiembre.", "es", "exact"),
        ("El dólar ganó 20 centavos.", "es", "increase"),  # a price that rose
        ("Le ministre table sur une croissance de 0,9 % cette année.", "fr", "exact"),  # a rate of growth
        ("Se espera un crecimiento del 2%.", "es", "exact"),
        ("El PBI crecerá 3,4% este año.", "es", "increase"),
        ("L'IRM a relevé 38,4 degrés à Uccle.", "fr", "exact"),  # recorded
        ("La BCE a relevé son taux de 0,25 point.", "fr", "increase"),  # raised by
        ("Le franc s'est apprécié de 1,3% face à l'euro.", "fr", "increase"),
        ("Die Prämien steigen im kommenden Jahr im Mittel um 4,7 Prozent.", "de", "increase"),
        (
            "La cosecha alcanzaría 10,2 millones de toneladas, 6% por encima de la zafra anterior.",
            "es",
            "increase",
        ),
    ],
)
def test_what_a_change_word_changes_in_news(text: str, language: str, qualifier: str) -> None:
    assert extract(text, language)[0].quantities[-1].qualifier == qualifier


def test_a_range_said_with_between_keeps_the_change_of_a_share() -> None:
    assert only("El PBI crecerá entre 3 y 3,4% este año.", "es").qualifier == "increase"
    rain = extract("Innerhalb von 48 Stunden fielen zwischen 180 und 320 Millimeter Niederschlag.", "de")[
        0
    ].quantities[-1]
    assert (rain.low, rain.high, rain.qualifier) == (180, 320, "exact")


def test_spanish_a_dozen_and_the_guarani_abbreviated() -> None:
    dozen = only("El río se desbordó en una docena de puntos.", "es")
    assert (dozen.value, dozen.qualifier) == (12, "approximate")
    guaranies = only("El productor recibe unos G. 2.950.000 por tonelada.", "es")
    assert (guaranies.value, guaranies.unit, guaranies.qualifier) == (2950000, "guarani", "approximate")


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        (
            "Energie wurde billiger, während Nahrungsmittel 1,8 Prozent teurer waren.",
            "de",
            "1,8 Prozent",
            1.8,
            "increase",
        ),
        (
            "Das Ergebnis rutschte mit minus 146 Millionen Euro ins Minus.",
            "de",
            "minus 146 Millionen Euro",
            -146e6,
            "exact",
        ),
        (
            "Der Umsatz sei um 12 Prozent auf 3,9 Milliarden Euro eingebrochen.",
            "de",
            "12 Prozent",
            12,
            "decrease",
        ),
        (
            "La Bolsa avanzó 1.1% hasta 56,310.45 puntos.",
            "es",
            "56,310.45 puntos",
            56310.45,
            "exact",
        ),  # reached
        ("Lluvias hasta un 20% por encima del promedio.", "es", "hasta un 20%", 20, "at_most"),  # up to
        ("El déficit se reduciría del 6,8% al 5,1% del PIB.", "es", "6,8%", 6.8, "exact"),  # from a level
        ("La cuarta parte de ellos eran niños.", "es", "cuarta parte", 0.25, "exact"),
        ("Une piste raccourcie de 400 mètres.", "fr", "400 mètres", 400, "decrease"),
        ("Il a falsifié 1'200 relevés bancaires sur une période de neuf ans.", "fr", "neuf ans", 9, "exact"),
        ("Le contrat a été prolongé de trois ans.", "fr", "trois ans", 3, "exact"),  # (a period lengthened)
        # a change verb past an adverb of time
        ("Die Aktie verlor zeitweise 9,2 Prozent.", "de", "9,2 Prozent", 9.2, "decrease"),
        ("El índice cayó ayer 1,5 puntos.", "es", "1,5 puntos", 1.5, "decrease"),
        ("Le CAC 40 a perdu aujourd'hui 1,2 %.", "fr", "1,2 %", 1.2, "decrease"),
        # a separable verb's particle ends the clause, with no "um" before the figure
        ("Der Dax gab im Handelsverlauf 1,2 Prozent nach.", "de", "1,2 Prozent", 1.2, "decrease"),
        ("Die Aktie legte im frühen Handel 3 Prozent zu.", "de", "3 Prozent", 3, "increase"),
        ("Der Dax gab 120 Punkte nach.", "de", "120 Punkte", 120, "decrease"),
        ("Die Aktie brach 20 Prozent ein und schloss bei 45 Euro.", "de", "20 Prozent", 20, "decrease"),
        ("Der Ölpreis zog um 2 Dollar an.", "de", "2 Dollar", 2, "increase"),
        # but a count ("ganaron 20 escaños"), a level reached, and "angeben" (said) are no change
        ("Die Firma baute 500 Stellen ab.", "de", "500 Stellen", 500, "exact"),
        ("Die Preise stiegen auf 3 Prozent an.", "de", "3 Prozent", 3, "exact"),
        ("Er gab 3 Prozent an.", "de", "3 Prozent", 3, "exact"),
        # a change, then the level reached: no range ("the Dow fell 312 to 38,441.54")
        ("Le CAC 40 a cédé 128 points à 7 842,15 points.", "fr", "128 points", 128, "decrease"),
        ("Le CAC 40 a cédé 128 points à 7 842,15 points.", "fr", "7 842,15 points", 7842.15, "exact"),
        ("El Ibex cayó 120 puntos a 11.500 puntos.", "es", "120 puntos", 120, "decrease"),
    ],
)
def test_levels_bounds_and_changes_in_three_languages(
    text: str, language: str, surface: str, value: float, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert (figure.value, figure.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Die Preise stiegen um zwischen 3 und 5 Prozent.", "de", "3 und 5 Prozent"),
        ("Los precios subieron en entre 3 y 5 %.", "es", "3 y 5 %"),
        ("Les prix ont augmenté de entre 3 et 5 %.", "fr", "3 et 5 %"),
    ],
)
def test_a_change_by_a_range_after_between(text: str, language: str, surface: str) -> None:
    figure = at(text, language, surface)
    assert (figure.low, figure.high, figure.qualifier) == (3, 5, "increase")


def test_german_von_auf_gives_the_first_level_the_second_ones_scale_and_unit() -> None:
    figures = [
        (q.surface, q.value, q.unit)
        for s in extract("Die Neuverschuldung soll von 3,1 auf 1,9 Milliarden Euro sinken.", "de")
        for q in s.quantities
    ]
    assert figures == [("3,1", 3.1e9, "euro"), ("1,9 Milliarden Euro", 1.9e9, "euro")]


@pytest.mark.parametrize(
    "text", ["Der Dax ist am Mittwoch um 312 Punkte abgerutscht.", "Der Dax rutschte um 2 Prozent."]
)
def test_german_rutschen_is_a_fall(text: str) -> None:
    (figure,) = [q for s in extract(text, "de") for q in s.quantities]
    assert figure.qualifier == "decrease"


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        ("Der MDax rückte um 0,9 Prozent vor.", "de", "0,9 Prozent", "increase"),
        ("Die Partei gewann 2,3 Prozentpunkte hinzu.", "de", "2,3 Prozentpunkte", "increase"),
        ("Vivienda y electricidad, con una suba del 4,6 %.", "es", "4,6 %", "increase"),
        ("La economía creció apenas 0.3% en el trimestre.", "es", "0.3%", "increase"),
        ("La Coalition avenir Québec glisse de trois points, à 17 %.", "fr", "trois points", "decrease"),
        # "remonter de 8 à 10 degrés" stays a rise by a range, not two levels
        ("Les températures devraient remonter de 8 à 10 degrés.", "fr", "8 à 10 degrés", "exact"),
    ],
)
def test_separable_rises_suba_apenas_and_glisser(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # a list of movers whose change verb is said once
        ("Santander retrocedió un 3,1% y BBVA, un 2,8%.", "es", "2,8%", "decrease"),
        ("LVMH a chuté de 4,6 % et Kering de 5,3 %.", "fr", "5,3 %", "decrease"),
        ("Die Aktie von Eon fiel um 2 Prozent und RWE um 3 Prozent.", "de", "3 Prozent", "decrease"),
        # German: "abgeben" a fall, a compound change noun before "um"
        ("Verbund-Papiere gaben hingegen 1,4 Prozent ab.", "de", "1,4 Prozent", "decrease"),
        ("Der Konzern verbuchte einen Umsatzrückgang um 6,4 Prozent.", "de", "6,4 Prozent", "decrease"),
        ("Es gab einen Preisanstieg um 3 Prozent.", "de", "3 Prozent", "increase"),
        # but votes cast stay a count
        ("Die Wähler gaben 500 Stimmen ab.", "de", "500 Stimmen", "exact"),
    ],
)
def test_gapped_movers_abgeben_and_compound_change_nouns(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # German: a noun of change before "von", a change word after a percentage before the noun it compares
        (
            "Die Tram beförderte 30 Millionen Fahrgäste, ein Zuwachs von 9,5 Prozent.",
            "de",
            "9,5 Prozent",
            "increase",
        ),
        ("Der Konzern meldete einen Rückgang von 3,2 Prozent.", "de", "3,2 Prozent", "decrease"),
        ("Verdi fordert 8 Prozent mehr Lohn.", "de", "8 Prozent", "increase"),
        (
            "Die Industrie hat 2,4 Prozent weniger produziert als im Vormonat.",
            "de",
            "2,4 Prozent",
            "decrease",
        ),
        # but "von X auf Y" stays two levels, and a superlative after a share stays no change
        ("Die Quote legte einen Anstieg von 3,1 auf 4,5 Prozent hin.", "de", "4,5 Prozent", "exact"),
        ("El 10 % más rico concentra la riqueza.", "es", "10 %", "exact"),
    ],
)
def test_german_change_nouns_before_von_and_comparatives_before_a_noun(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert figure.qualifier == qualifier


def test_a_word_elided_before_an_apostrophe_is_no_counted_noun_even_cut_short() -> None:
    text = "La prolongation de Tihange 3 jusqu'en 2035 coûtera environ 2 milliards d'euros."
    assert all(q.unit != "jusq" for s in extract(text, "fr") for q in s.quantities)


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # a compound noun of change before "von", and a change in per cent to a level in another unit
        (
            "Der Konzern hat einen Umsatzeinbruch von 8,4 Prozent auf 2,17 Mrd. Euro verbucht.",
            "de",
            "8,4 Prozent",
            "decrease",
        ),
        # French: near, under a level
        (
            "Son salaire avoisinerait les 60 000 euros brut mensuels.",
            "fr",
            "avoisinerait les 60 000 euros",
            "approximate",
        ),
        ("Le tonneau de bordeaux est tombé sous les 900 euros.", "fr", "sous les 900 euros", "less_than"),
        # Spanish: the units of the country risk change like points
        ("El riesgo país cayó 41 unidades, hasta los 587 puntos básicos.", "es", "41 unidades", "decrease"),
        ("La empresa vendió 41 unidades.", "es", "41 unidades", "exact"),
    ],
)
def test_compound_changes_before_von_near_under_and_country_risk_units(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert figure.qualifier == qualifier


def test_a_change_in_per_cent_to_a_level_keeps_its_own_value() -> None:
    text = "Der Konzern hat einen Umsatzeinbruch von 8,4 Prozent auf 2,17 Mrd. Euro verbucht."
    share, level = (q for s in extract(text, "de") for q in s.quantities)
    assert (share.value, share.unit, level.value) == (8.4, "percent", 2.17e9)


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # a capitalised number word inside a sentence, before a capitalised word, is part of a name
        ("La línea permanecerá cerrada entre Moncloa y Cuatro Caminos durante 42 días.", "es", "Cuatro"),
        ("Les Trois Vallées ont accueilli 2 millions de skieurs, dont les Trois Vallées.", "fr", "Trois"),
        # a stock index named with its number, a Zurich district
        ("Le Bel 20 cédant 0,4 % à 4.218,67 points.", "fr", "20"),
        ("Für eine Familienwohnung im Kreis 4 wurden 3'240 Franken verlangt.", "de", "4"),
    ],
)
def test_names_with_numbers_in_them_are_no_figures(text: str, language: str, surface: str) -> None:
    figures = [q for s in extract(text, language) for q in s.quantities if q.surface == surface]
    assert figures and all(q.kind == "identifier" for q in figures)


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # German: above or below a level named after the figure, a year between the verb and "um"
        ("Die Mieten lagen um 7,1 Prozent über dem Vorjahresniveau.", "de", "7,1 Prozent", "increase"),
        ("Der Wert lag damit 0,4 Cent unter der vorigen Runde.", "de", "0,4 Cent", "decrease"),
        (
            "Der Ertrag lag um 4,8 Dezitonnen unter dem langjährigen Mittel.",
            "de",
            "4,8 Dezitonnen",
            "decrease",
        ),
        (
            "Die Wahlbeteiligung stieg gegenüber 2020 um 4,2 Punkte auf 51,7 Prozent.",
            "de",
            "4,2 Punkte",
            "increase",
        ),
        # but a height above the sea, and a share among people, are no change
        ("Die Station liegt 1.500 Meter über dem Meeresspiegel.", "de", "1.500 Meter", "exact"),
        ("40 Prozent unter den Befragten sagten ja.", "de", "40 Prozent", "exact"),
        ("In Wien lag die Teuerung mit 4,4 Prozent über dem Schnitt.", "de", "4,4 Prozent", "exact"),
        # Spanish "superar en" a rise, French a mark passed
        ("Es el mayor incremento y supera en 1,9 puntos el registrado.", "es", "1,9 puntos", "increase"),
        (
            "Le nombre a dépassé le cap des 530.000 en Belgique.",
            "fr",
            "dépassé le cap des 530.000",
            "more_than",
        ),
    ],
)
def test_levels_above_and_below_superar_en_and_marks_passed(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "unit"),
    [
        ("Der Reingewinn fiel auf 172 Mio. Fr.", "de", "172 Mio. Fr", "franc"),
        ("Die Landwirte ernteten 71,4 Dezitonnen Weizen.", "de", "71,4 Dezitonnen", "decitonne"),
    ],
)
def test_swiss_francs_abbreviated_and_decitonnes(text: str, language: str, surface: str, unit: str) -> None:
    figure = at(text, language, surface)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Der FC Schalke 04 hat den Stürmer verkauft.", "de", "04"),
        ("Los cuerpos estaban junto a la carretera federal 95, en las afueras.", "es", "95"),
    ],
)
def test_a_club_and_a_road_are_named_by_their_numbers(text: str, language: str, surface: str) -> None:
    figure = at(text, language, surface)
    assert figure.kind == "identifier"


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # German: a verb five long words before "um", "gewann" a rise, a mark passed
        (
            "Wie die Statistik mitteilte, verteuerten sich Nahrungsmittel binnen Jahresfrist um 5,2 Prozent.",
            "de",
            "5,2 Prozent",
            "increase",
        ),
        ("Der Leitindex gewann 1,4 Prozent auf 21.062,37 Zähler.", "de", "1,4 Prozent", "increase"),
        ("Die Partei gewann 20 Sitze.", "de", "20 Sitze", "exact"),
        (
            "Der Dax hat erstmals über der Marke von 21.000 Punkten geschlossen.",
            "de",
            "über der Marke von 21.000 Punkten",
            "more_than",
        ),
        # Spanish: "abaratar" a fall, a share "inferior" or "superior" to another
        ("La electricidad abarató su precio un 6,2%.", "es", "6,2%", "decrease"),
        (
            "Cruzaron 2.100 migrantes, una cifra 87 por ciento inferior a la del mismo mes.",
            "es",
            "87 por ciento",
            "decrease",
        ),
        ("El precio fue un 5 % superior a lo previsto.", "es", "5 %", "increase"),
    ],
)
def test_long_german_words_before_um_gewann_marks_abaratar_and_inferior(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # an address, a flight, a court's file number, an emergency plan's stage: names, not figures
        ("In Kaiserslautern brannte ein Haus in der Pariser Straße 112 aus.", "de", "112"),
        ("In der Goethestraße 12 wohnen 40 Menschen.", "de", "12"),
        ("Flug RX 214 startet jeweils um 13.05 Uhr nach Nizza.", "de", "214"),
        ("Das Urteil (Az. 12 KLs 305 Js 4471/23) ist noch nicht rechtskräftig.", "de", "305"),
        ("La Xunta mantiene activa la situación 2 del plan de emergencias forestales.", "es", "2"),
        ("El vuelo IB 6402 aterrizó con 180 pasajeros.", "es", "6402"),
    ],
)
def test_streets_flights_file_numbers_and_stages_are_names(text: str, language: str, surface: str) -> None:
    assert at(text, language, surface).kind == "identifier"


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        # a count said to be more, a share "halb so viele"
        (
            "Im Vergleich zum Vorjahresmonat waren allerdings 136.000 Menschen mehr ohne Job.",
            "de",
            "136.000 Menschen",
            136000,
            "increase",
        ),
        (
            "Es wurden 9.870 Wohnungen gebaut, rund halb so viele wie 2022.",
            "de",
            "rund halb so",
            0.5,
            "approximate",
        ),
        # the time a change took does not cut the reach back to its verb
        (
            "In Bad Radkersburg stieg der Pegel der Mur binnen 24 Stunden um 1,7 Meter auf 6,42 Meter.",
            "de",
            "1,7 Meter",
            1.7,
            "increase",
        ),
        # above what it is compared with, named after an article; an average's level is no change
        (
            "El dólar blue cerró a $1.485 para la venta, $15 por encima del viernes.",
            "es",
            "$15",
            15,
            "increase",
        ),
        (
            "Completó los últimos 8,5 kilómetros de subida a una pendiente media del 9,2 %.",
            "es",
            "9,2 %",
            9.2,
            "exact",
        ),
        (
            "El resultado se proclamará en un plazo máximo de diez días.",
            "es",
            "máximo de diez días",
            10,
            "at_most",
        ),
        # a bound negated flips; lower or higher "de" an amount is a change
        ("Son coût ne devrait pas dépasser 200 francs.", "fr", "dépasser 200 francs", 200, "at_most"),
        (
            "Leur espérance de vie est inférieure de trente ans à celle de la population générale.",
            "fr",
            "trente ans",
            30,
            "decrease",
        ),
        ("Le taux est supérieur de 2 points à celui de 2020.", "fr", "2 points", 2, "increase"),
        # Italian "tagliare": a cut
        ("La Bce ha tagliato i tassi di 25 punti base.", "it", "25 punti base", 25, "decrease"),
    ],
)
def test_counts_said_more_negated_bounds_and_changes_named_after(
    text: str, language: str, surface: str, value: float, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert (figure.value, figure.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        ("Von 1.000 Befragten mehr als die Hälfte sagten ja.", "de", "1.000 Befragten", "exact"),
        ("Es gab 300 Euro mehr Lohn.", "de", "300 Euro", "exact"),
        ("La ciudad está a 1.500 metros por encima del nivel del mar.", "es", "1.500 metros", "exact"),
        ("Hubo un aumento medio del 3 %.", "es", "3 %", "increase"),
        ("Sevilla registró una máxima de 44,6 grados.", "es", "44,6 grados", "exact"),
        ("La cifra no solo supera los 300 casos.", "es", "supera los 300 casos", "more_than"),
        ("Le groupe va supprimer 412 emplois.", "fr", "412 emplois", "exact"),
        ("Una maglia taglia 42.", "it", "42", "exact"),
    ],
)
def test_guards_of_those_rules(text: str, language: str, surface: str, qualifier: str) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        (
            "Cuesta más de la mitad del salario de un joven menor de 30 años.",
            "es",
            "menor de 30 años",
            "less_than",
        ),
        ("Votaron los mayor de 65 años.", "es", "mayor de 65 años", "more_than"),
        ("Son coût a gonflé de 28 %, à 9,4 Md€.", "fr", "28 %", "increase"),
        # a period lengthened is the period; a level raised by years stays a change
        ("L'accord prolongeant de dix ans les réacteurs a été signé.", "fr", "dix ans", "exact"),
        ("L'âge de départ est relevé de deux ans.", "fr", "deux ans", "increase"),
    ],
)
def test_menor_de_gonfle_and_periods_lengthened(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # a change compared with a year, or with one year before, is still a change
        (
            "Die Beteiligung lag bei 87,2 Prozent, 1,9 Prozentpunkte weniger als 2015.",
            "de",
            "1,9 Prozentpunkte",
            "decrease",
        ),
        (
            "Die Mieten stiegen, das sind 7,9 Prozent mehr als ein Jahr zuvor.",
            "de",
            "7,9 Prozent",
            "increase",
        ),
        ("Von 1.000 Befragten sagten 5 Prozent mehr als 20 Euro.", "de", "5 Prozent", "exact"),
        # a mover after its article and the comma of a verb left out; a bound past "por primera vez"
        ("Los alimentos subieron un 1,8 % y las tarifas de gas, un 4,6 %.", "es", "4,6 %", "increase"),
        (
            "Los alimentos subieron un 1,8 % y las tarifas de gas quedaron en un 4,6 %.",
            "es",
            "4,6 %",
            "exact",
        ),
        (
            "La afiliación superó por primera vez los 21,9 millones.",
            "es",
            "superó por primera vez los 21,9 millones",
            "more_than",
        ),
        # a change by a range of degrees; reducing a share
        ("La Aemet prevé que las temperaturas suban entre 4 y 6 grados.", "es", "4 y 6 grados", "increase"),
        ("Las máximas estarán entre 38 y 41 grados.", "es", "38 y 41 grados", "exact"),
        ("Le PAM devra réduire de 20 % les rations.", "fr", "20 %", "decrease"),
    ],
)
def test_changes_compared_with_a_year_movers_and_ranges_of_degrees(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind", "value"),
    [
        # the Mexican press's "2 mil 500" tells its comma thousands
        (
            "Más de 2 mil 500 migrantes partieron rumbo a la capital, a unos 1,150 kilómetros.",
            "es",
            "unos 1,150 kilómetros",
            "measure",
            1150,
        ),
        ("Recorrió 356 kilómetros.", "es", "356 kilómetros", "measure", 356),
        # a road's marker and a brigade's number are names
        ("La autovía permaneció cortada a la altura del kilómetro 356.", "es", "356", "identifier", None),
        ("Damit wächst die Panzerbrigade 45 auf knapp 4.800 Kräfte an.", "de", "45", "identifier", None),
    ],
)
def test_mexican_thousands_road_markers_and_brigades(
    text: str, language: str, surface: str, kind: str, value: float | None
) -> None:
    figure = at(text, language, surface)
    assert (figure.kind, figure.value) == (kind, value)


def test_a_period_shortened_by_is_a_fall() -> None:
    assert at("Die Fahrzeit verkürzt sich um zwölf Minuten.", "de", "zwölf Minuten").qualifier == "decrease"


@pytest.mark.parametrize(
    ("text", "language", "surface", "low", "high", "qualifier"),
    [
        ("En Ávila se llegó a 7 bajo cero.", "es", "7 bajo cero", -7, -7, "exact"),
        (
            "La cifra había superado el medio millón.",
            "es",
            "superado el medio millón",
            500_000,
            None,
            "more_than",
        ),
        (
            "Wie eine Umfrage unter 2.600 Versicherten zeigt, warten viele.",
            "de",
            "2.600 Versicherten",
            2600,
            2600,
            "exact",
        ),
        (
            "Jeder Fünfte musste länger als drei Monate warten.",
            "de",
            "länger als drei Monate",
            3,
            None,
            "more_than",
        ),
        (
            "Les sites abritent plusieurs dizaines de milliers de personnes.",
            "fr",
            "plusieurs dizaines de milliers de personnes",
            10_000,
            100_000,
            "exact",
        ),
        ("Le taux atteint 11,8 %, un bond de 2,3 points.", "fr", "2,3 points", 2.3, 2.3, "increase"),
        (
            "Une prime mensuelle pouvant atteindre 120 000 dinars.",
            "fr",
            "pouvant atteindre 120 000 dinars",
            None,
            120_000,
            "at_most",
        ),
    ],
)
def test_below_zero_unsaid_surveys_among_and_tens_of_thousands(
    text: str, language: str, surface: str, low: float | None, high: float | None, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert (figure.low, figure.high, figure.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        (
            "La afiliación sumó 41.900 cotizantes y roza ya los 21,9 millones.",
            "es",
            "roza ya los 21,9 millones",
            "approximate",
        ),
        (
            "Chile generó el 41,3% con energía solar, mientras que el carbón cayó hasta el 9%.",
            "es",
            "9%",
            "exact",
        ),
        ("Quienes caminan tienen un riesgo de demencia un 28% menor.", "es", "28%", "decrease"),
        ("El precio es tres veces y media mayor.", "es", "tres veces y media", "exact"),
        ("Le Québec a perdu 14 300 emplois en novembre.", "fr", "14 300 emplois", "decrease"),
        ("Il a perdu 3 matchs.", "fr", "3 matchs", "exact"),
    ],
)
def test_hedges_past_ya_levels_fallen_to_lower_by_and_jobs_lost(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


def test_an_austrian_trains_number_is_a_name() -> None:
    assert (
        at("Allein im Regionalzug REX 5 aus Verona wurden 40 Menschen gefunden.", "de", "5").kind
        == "identifier"
    )


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        ("Der Preis für ein Kilo Chasselas-Trauben sank auf Fr. 3.20.", "de", "Fr. 3.20", 3.2, "exact"),
        ("Die Firma investiert davon Fr. 85 Mio. in Basel.", "de", "Fr. 85 Mio.", 85e6, "exact"),
        ("La prime moyenne atteindra Fr. 548.60 par mois.", "fr", "Fr. 548.60", 548.6, "exact"),
        (
            "Ils toucheront une indemnité d'au moins Fr. 15'000.",
            "fr",
            "au moins Fr. 15'000",
            15000,
            "at_least",
        ),
        ("Ein Einzelticket kostet neu CHF 12.50.", "de", "CHF 12.50", 12.5, "exact"),
    ],
)
def test_a_swiss_franc_before_the_amount(
    text: str, language: str, surface: str, value: float, qualifier: str
) -> None:
    figure = at(text, language, surface)
    assert (figure.value, figure.unit, figure.kind, figure.qualifier) == (value, "franc", "money", qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Der Markt findet am Fr. 3.10. auf dem Platz statt.", "3.10.", "date"),  # Friday's, a date
        ("Am 31.12. endet die Frist.", "31.12.", "date"),
        ("Nach dem 3:1-Sieg gegen Bayern liegt Dortmund vorn.", "3:1", "identifier"),  # a score, glued
    ],
)
def test_dates_with_a_real_month_and_glued_scores(text: str, surface: str, kind: str) -> None:
    assert at(text, "de", surface).kind == kind


def test_a_range_glued_to_a_noun_is_no_score() -> None:
    figure = at("Der Wert stieg auf das 10-20-fache.", "de", "10-20")
    assert (figure.low, figure.high, figure.kind) == (10, 20, "cardinal")


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # the verb farther back before "um", and a separable verb's particle after a longer object
        (
            "Der Versicherer steigerte seinen Reingewinn im ersten Halbjahr um 8,5 Prozent.",
            "8,5 Prozent",
            "increase",
        ),
        (
            "Die Bundesregierung stockt ihre humanitäre Hilfe für das Land zudem um 25 Millionen Euro auf.",
            "25 Millionen Euro",
            "increase",
        ),
        # a range after "um" is the change's, a count too; after "von" or "auf" levels
        (
            "Ökonomen rechnen mit einem Anstieg um 10.000 bis 20.000 Personen.",
            "10.000 bis 20.000 Personen",
            "increase",
        ),
        ("Der Umsatz sank um 3 bis 5 Prozent.", "3 bis 5 Prozent", "decrease"),
        ("Die Quote stieg auf 3 bis 5 Prozent.", "3 bis 5 Prozent", "exact"),
        # rain that fell in a stretch of time, and "bis zur"
        ("In Leoben fielen binnen 48 Stunden 187 Liter Regen pro Quadratmeter.", "187 Liter", "exact"),
        ("Einige Winzer verloren bis zur Hälfte ihrer Ernte.", "bis zur Hälfte ihrer Ernte", "at_most"),
    ],
)
def test_german_verbs_far_before_um_ranges_by_as_much_and_rain_in_a_stretch(
    text: str, surface: str, qualifier: str
) -> None:
    assert at(text, "de", surface).qualifier == qualifier


def test_rain_that_fell_after_a_place_named_with_en_is_no_fall() -> None:
    text = "En Acapulco cayeron 310 milímetros de lluvia en 24 horas."
    assert at(text, "es", "310 milímetros").qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # a bound before a temperature's "minus", a change of points, a comparative before a rate
        ("Im Erzgebirge wird es örtlich unter minus 20 Grad kalt.", "de", "unter minus 20 Grad", "less_than"),
        ("Il fera jusqu'à moins 12 degrés.", "fr", "jusqu'à moins 12 degrés", "at_most"),
        ("Es wird minus 20 Grad kalt.", "de", "minus 20 Grad", "exact"),
        ("Die CDU kommt auf 27,8 Prozent, ein Plus von 3,6 Punkten.", "de", "3,6 Punkten", "increase"),
        ("Die Bauern erhalten ab Jänner um 2 Cent weniger pro Kilogramm Milch.", "de", "2 Cent", "decrease"),
        # the verb farther before Spanish "en" too, but not before "de", a level's
        (
            "El Banco de México recortó su tasa de interés de referencia en 50 puntos base, hasta 6.75%.",
            "es",
            "50 puntos base",
            "decrease",
        ),
        ("La reforma proponía bajar la edad mínima de jubilación de 65 a 60 años.", "es", "65", "exact"),
    ],
)
def test_bounds_before_minus_points_rates_and_verbs_before_en(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind"),
    [
        ("Wer eine 4½-Zimmer-Wohnung sucht, zahlt mehr.", "de", "4½", "identifier"),  # a flat's type
        ("Werder ist auf Rang sechs geklettert.", "de", "sechs", "ordinal"),
        ("Le réseau supprime des lignes de bus après 21 h.", "fr", "21 h", "time"),
        ("La création de 460 postes, dont nonante dans l'enseignement.", "fr", "nonante", "cardinal"),
        ("Es gab 40 Verletzte, davon zwei schwer.", "de", "zwei", "cardinal"),
    ],
)
def test_flat_types_ranks_hours_after_apres_and_parts_after_dont(
    text: str, language: str, surface: str, kind: str
) -> None:
    assert at(text, language, surface).kind == kind


def test_rooms_counted_stay_a_count() -> None:
    assert at("Die Wohnung hat 3 Zimmer.", "de", "3 Zimmer").value == 3


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # a German verb past adverbials and a date before the figure it moves by
        ("Die Aktie verlor am Vormittag 4,7 Prozent auf 17,12 Euro.", "de", "4,7 Prozent", "decrease"),
        ("Die Aktie verlor an der SIX zeitweise 6,4 Prozent.", "de", "6,4 Prozent", "decrease"),
        ("Die Energie senkt zum 1. Februar ihre Strompreise um 11 Prozent.", "de", "11 Prozent", "decrease"),
        ("In Freiburg fielen am Dienstag 96 Liter pro Quadratmeter.", "de", "96 Liter", "exact"),  # rain
        # a level a change fell to after "hasta" ("subirán hasta 5 euros" bounds)
        ("El gasto medio por visitante cayó hasta 1.080 euros.", "es", "1.080 euros", "exact"),
        ("Los precios subirán hasta 5 euros.", "es", "hasta 5 euros", "at_most"),
        # French marks crossed in the future; a period lengthened; halved
        (
            "La dette franchira la barre des 3 400 milliards d'euros.",
            "fr",
            "franchira la barre des 3 400 milliards d'euros",
            "more_than",
        ),
        ("Son attaquant a prolongé de deux saisons.", "fr", "deux saisons", "exact"),
        ("Le PAM a réduit de moitié les rations.", "fr", "moitié", "decrease"),
    ],
)
def test_german_adverbials_levels_after_hasta_french_marks_and_halving(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind"),
    [
        ("Der Konzern will weltweit rund 2000 Stellen streichen.", "de", "rund 2000 Stellen", "cardinal"),
        ("Das Gebäude wurde circa 1900 errichtet.", "de", "1900", "date"),
        ("Los hoteles de cinco estrellas cobran más.", "es", "cinco estrellas", "identifier"),
        ("Ein 5-Sterne-Hotel öffnet.", "de", "5", "identifier"),
    ],
)
def test_hedged_counts_that_look_like_years_and_hotel_stars(
    text: str, language: str, surface: str, kind: str
) -> None:
    assert at(text, language, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "language", "surface", "low", "high"),
    [
        # "or" between two numbers, a range as "two or three weeks" is
        ("Se espera que el pico llegue en dos o tres semanas.", "es", "dos o tres semanas", 2, 3),
        ("Murieron siete u ocho personas.", "es", "siete u ocho personas", 7, 8),
        ("Der Höhepunkt kommt in zwei oder drei Wochen.", "de", "zwei oder drei Wochen", 2, 3),
        ("Le pic est attendu dans deux ou trois semaines.", "fr", "deux ou trois semaines", 2, 3),
        # "plusieurs" before a vague plural is no hedge
        (
            "Les assaillants, plusieurs centaines selon un élu local, sont arrivés.",
            "fr",
            "plusieurs centaines",
            100,
            1000,
        ),
        ("Plusieurs milliers de personnes ont fui.", "fr", "Plusieurs milliers de personnes", 1000, 10000),
    ],
)
def test_ranges_said_with_or_and_several_hundred(
    text: str, language: str, surface: str, low: float, high: float
) -> None:
    q = at(text, language, surface)
    assert (q.value, q.low, q.high) == (None, low, high)


@pytest.mark.parametrize(
    ("text", "language", "surfaces"),
    [
        # a count of a count after "von", whichever way each is written ("vier von zehn" a share)
        ("In zwölf von 17 Landkreisen ist eine Stichwahl nötig.", "de", ["zwölf", "17 Landkreisen"]),
        ("Vier von zehn Haushalten zahlen mehr.", "de", ["Vier von zehn Haushalten"]),
        ("Drei von 100 Befragten stimmten zu.", "de", ["Drei von 100 Befragten"]),
        # a point of a place is no percentage point
        ("Un trafiquant à la tête d'un point de deal a été condamné.", "fr", []),
        ("Le chômage a baissé d'un point de plus.", "fr", ["un point"]),
    ],
)
def test_counts_of_counts_and_points_of_places(text: str, language: str, surfaces: list) -> None:
    assert [q.surface for s in extract(text, language) for q in s.quantities] == surfaces


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind"),
    [
        # a name's number after an elided article, and before "en"
        ("Le lancement est prévu à bord d'Ariane 6 en 2029.", "fr", "6", "identifier"),
        ("El satélite viajará a bordo del Ariane 6 en 2029.", "es", "6", "identifier"),
    ],
)
def test_a_names_number_after_an_elided_article_or_before_en(
    text: str, language: str, surface: str, kind: str
) -> None:
    assert at(text, language, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # a level after "hasta" and a change said in percent words ("serán de un 10 por ciento hasta" bounds)
        (
            "Las remesas crecieron un 9.2 por ciento hasta US$23.7 mil millones.",
            "es",
            "US$23.7 mil millones",
            "exact",
        ),
        ("Las ayudas serán de un 10 por ciento hasta 500 euros.", "es", "hasta 500 euros", "at_most"),
    ],
)
def test_a_level_after_hasta_and_a_change_in_percent_words(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        ("Le swollen shoot touche un cinquième des vergers.", "fr", "un cinquième", 0.2, "exact"),
        # a bound after "may" and a verb, with an article ("caería hasta los 118" a level)
        ("Unas familias podrían perder hasta el 40% de sus cultivos.", "es", "hasta el 40%", 40, "at_most"),
        ("El PSOE caería hasta los 118.", "es", "118", 118, "exact"),
        # a share's points above what "por encima del" names (a level's gap in metres stays a gap)
        (
            "La inflación fue del 2,4%, tres décimas por encima del mes anterior.",
            "es",
            "tres décimas",
            0.3,
            "increase",
        ),
        (
            "El lago se sitúa en 26,4 metros, medio metro por debajo del óptimo.",
            "es",
            "medio metro",
            0.5,
            "exact",
        ),
        # a brigade reinforced by so many ("mit 3 Spielern verstärkt" no change)
        (
            "Die Bundeswehr hat ihre Brigade um weitere 850 Soldatinnen und Soldaten verstärkt.",
            "de",
            "850 Soldatinnen",
            850,
            "increase",
        ),
        ("Der Verein hat sich mit 3 Spielern verstärkt.", "de", "3 Spielern", 3, "exact"),
    ],
)
def test_fifths_bounds_after_may_points_above_and_reinforcements(
    text: str, language: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, language, surface)
    assert (q.value, q.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        # a range after a noun of change and "von" in per cent ("Einbußen von … Euro" amounts lost)
        (
            "Der Konzern erwartet einen Umsatzrückgang von 7 bis 9 Prozent.",
            "de",
            "7 bis 9 Prozent",
            "decrease",
        ),
        (
            "Betriebe rechnen mit Einbußen von 15.000 bis 40.000 Euro.",
            "de",
            "15.000 bis 40.000 Euro",
            "exact",
        ),
        # fractions a verb after them changes
        ("Ihr Bestand soll bis 2032 um ein Zehntel wachsen.", "de", "ein Zehntel", "increase"),
        ("Der Umsatz ist um zwei Drittel gesunken.", "de", "zwei Drittel", "decrease"),
        # a verb eight words before "um"
        (
            "Die Stadtwerke senken zum 1. Januar den Gaspreis für Haushaltskunden um 1,4 Cent.",
            "de",
            "1,4 Cent",
            "decrease",
        ),
    ],
)
def test_german_ranges_after_change_nouns_fractions_changed_and_verbs_far_before_um(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        # what a sum or a distance is for after a German noun and "über" ("Lkw über 7,5 Tonnen" heavier)
        (
            "Der Vertrag enthält eine Ausstiegsklausel über 25 Millionen Euro.",
            "de",
            "25 Millionen Euro",
            25e6,
            "exact",
        ),
        ("Sie hat den Sprint über 7,5 Kilometer gewonnen.", "de", "7,5 Kilometer", 7.5, "exact"),
        ("Lkw über 7,5 Tonnen brauchen Ketten.", "de", "über 7,5 Tonnen", 7.5, "more_than"),
        ("Die Fläche wurde um ein Zehntel verkleinert.", "de", "ein Zehntel", 0.1, "decrease"),
        # a number grouped by a space after "sur" is no share's whole
        (
            "Selon une étude portant sur 9 500 patients, le test fonctionne.",
            "fr",
            "9 500 patients",
            9500,
            "exact",
        ),
        # a cap ("la couverture plafonne à 54 %" levels off: the level)
        ("L'État a plafonné la marge des bouchers à 8 %.", "fr", "8 %", 8, "at_most"),
        ("La couverture vaccinale plafonne à 54 %.", "fr", "54 %", 54, "exact"),
    ],
)
def test_sums_over_a_noun_reductions_grouped_wholes_and_caps(
    text: str, language: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, language, surface)
    assert (q.value, q.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        # a difference with a comparative of temperature after "um"
        ("Der Dezember war um 1,7 Grad kälter als im Mittel.", "de", "1,7 Grad", 1.7, "decrease"),
        ("Der Herbst war um 0,8 Grad wärmer als im Mittel.", "de", "0,8 Grad", 0.8, "increase"),
        # a price's rate between the amount and its comparative
        ("Treibstoffe wurden um 7 Cent pro Liter billiger.", "de", "7 Cent", 7, "decrease"),
        # more verbs of a rise
        (
            "Der Bundesrat will die Beiträge um 470 Mio. Franken aufstocken.",
            "de",
            "470 Mio. Franken",
            470e6,
            "increase",
        ),
        ("Die Aktie sprang um 7 Prozent auf 31,40 Franken.", "de", "7 Prozent", 7, "increase"),
        # fractions in the dative plural
        (
            "Das Budget wird zu rund drei Vierteln aus Spenden gedeckt.",
            "de",
            "rund drei Vierteln",
            0.75,
            "approximate",
        ),
        ("Der Nein-Anteil lag bei über zwei Dritteln.", "de", "über zwei Dritteln", 2 / 3, "more_than"),
    ],
)
def test_german_comparatives_of_heat_rates_before_a_comparative_rises_and_dative_fractions(
    text: str, language: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, language, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        # a verb of a rise, and a verb past "aber"
        ("Die Reederei will ihre Flotte um 12 Schiffe erweitern.", "de", "12 Schiffe", 12, "increase"),
        (
            "Die Partei blieb stärkste Kraft, verlor aber 6,7 Prozentpunkte.",
            "de",
            "6,7 Prozentpunkte",
            6.7,
            "decrease",
        ),
        # a share of a whole after "hasta el" and no verb of change: a bound ("cayó hasta el 9 % de" a level)
        ("Una sequía arrasó hasta el 70 % de las cosechas.", "es", "hasta el 70 %", 70, "at_most"),
        ("El carbón cayó hasta el 9 % de la generación.", "es", "9 %", 9, "exact"),
        # below zero after "moins" where the sentence gives degrees; a level below zero is no change
        (
            "Le mercure chutera à -28 °C, avec un refroidissement éolien atteignant moins 38.",
            "fr",
            "moins 38",
            -38,
            "exact",
        ),
        ("Le mercure devrait chuter entre -22 et -28 °C d'ici samedi.", "fr", "-22 et -28 °C", None, "exact"),
        ("Les températures vont baisser de 5 degrés.", "fr", "5 degrés", 5, "decrease"),
    ],
)
def test_verbs_of_a_rise_past_aber_bounded_shares_and_temperatures_below_zero(
    text: str, language: str, surface: str, value: float | None, qualifier: str
) -> None:
    q = at(text, language, surface)
    assert (q.value, q.qualifier) == (value, qualifier)


def test_the_outlet_after_a_dateline_is_no_figure() -> None:
    text = "LAUSANNE (24 heures) - Le HC Léman s'est imposé devant 9 600 spectateurs."
    assert [q.surface for s in extract(text, "fr") for q in s.quantities] == ["9 600 spectateurs"]


def test_the_outlet_after_a_title_case_dateline_is_no_figure_and_the_agencys_dateline_date_none_either() -> (
    None
):
    text = "Genève (20 minutes) – Le Servette FC s'est imposé devant 7 800 spectateurs."
    assert [q.surface for s in extract(text, "fr") for q in s.quantities] == ["7 800 spectateurs"]
    dated = "Arequipa (Perú), 14 mar (EFE).- Un sismo dejó al menos cinco muertos."
    figures = {q.surface: q.kind for s in extract(dated, "es") for q in s.quantities}
    assert figures["14 mar"] == "date"
    assert "al menos cinco muertos" in figures


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "qualifier"),
    [
        # a change "um" an amount in Swiss copy's decimal point, then its level: no clock time
        ("Die Dividende steigt um 0.35 auf 2.80 Franken je Aktie.", "de", "0.35", 0.35, "increase"),
        # a separable verb's particle before "und": the clause's end
        (
            "Der Kurs brach am Montag um ein Viertel ein und schloss bei 8,10 Euro.",
            "de",
            "ein Viertel",
            0.25,
            "decrease",
        ),
        # slowing by an amount a fall; a reduction by one too
        ("Das Mittel hat den Verlauf um 31 Prozent verlangsamt.", "de", "31 Prozent", 31, "decrease"),
        ("Grâce à une réduction de 6 pour cent des tarifs.", "fr", "6 pour cent", 6, "decrease"),
        # the level after a change and when it happened: no bound
        (
            "Las exportaciones subieron un 3,1% en octubre hasta 912.000 toneladas.",
            "es",
            "912.000 toneladas",
            912000,
            "exact",
        ),
    ],
)
def test_swiss_changes_clauses_before_und_slowing_reductions_and_levels_after_a_month(
    text: str, language: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, language, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind"),
    [
        ("Die Sitzung wurde um 9.30 auf 10.30 Uhr verschoben.", "de", "9.30", "time"),  # a clock to a clock
        (
            "Sie will das Mittel NV-318 bis 2029 zur Zulassung bringen.",
            "de",
            "2029",
            "date",
        ),  # no range from a name
    ],
)
def test_clocks_moved_to_clocks_and_years_after_a_names_number(
    text: str, language: str, surface: str, kind: str
) -> None:
    assert at(text, language, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "language", "surface", "low", "high", "qualifier"),
    [
        # after a verb of a fall, "de" a lower and "à" a higher figure: the range it falls by, a delay by one
        ("La récolte devrait reculer de 8 à 12 % cette année.", "fr", "8 à 12 %", 8, 12, "decrease"),
        ("Le chantier pourrait glisser de deux à trois ans.", "fr", "deux à trois ans", 2, 3, "exact"),
        # "de" before a span is no score after a verb of a result
        (
            "Las ventas cayeron de 20 a 30 millones de euros.",
            "es",
            "20 a 30 millones de euros",
            2e7,
            3e7,
            "decrease",
        ),
    ],
)
def test_falls_by_a_range_and_spans_after_de_that_are_no_scores(
    text: str, language: str, surface: str, low: float, high: float, qualifier: str
) -> None:
    q = at(text, language, surface)
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


def test_a_fall_from_a_level_to_a_lower_stays_two_levels() -> None:
    found = [
        (q.surface, q.qualifier) for s in extract("Le taux a glissé de 5 à 4 %.", "fr") for q in s.quantities
    ]
    assert found == [("5", "exact"), ("4 %", "exact")]


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "kind"),
    [
        ("Die Fahrt dauerte 3½ Stunden.", "de", "3½ Stunden", 3.5, "duration"),  # a whole number and a half
        ("Il a marché 2 ½ kilomètres.", "fr", "2 ½ kilomètres", 2.5, "measure"),
        ("Le loyer d'un 5 ½ a bondi de 8 %.", "fr", "5 ½", None, "identifier"),  # a Quebec flat by its rooms
    ],
)
def test_whole_numbers_and_a_half_and_quebec_flats(
    text: str, language: str, surface: str, value: float | None, kind: str
) -> None:
    q = at(text, language, surface)
    assert (q.value, q.kind) == (value, kind)


def test_not_even_is_less_than() -> None:
    q = at("Bislang ist nicht einmal ein Drittel finanziert.", "de", "nicht einmal ein Drittel")
    assert (q.high, q.qualifier) == (pytest.approx(1 / 3), "less_than")


@pytest.mark.parametrize(
    ("text", "language", "surface", "qualifier"),
    [
        ("Der Leitindex hat um 2,1 Prozent auf 18.204 Punkte nachgegeben.", "de", "2,1 Prozent", "decrease"),
        ("El sol cerró con una apreciación de 0,4%.", "es", "0,4%", "increase"),
    ],
)
def test_a_fall_in_the_perfect_and_an_appreciation(
    text: str, language: str, surface: str, qualifier: str
) -> None:
    assert at(text, language, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Der Leitindex schloss 0,9 Prozent fester bei 18.204 Punkten.", "0,9 Prozent", "increase"),
        ("Der Leitindex schloss 0,6 Prozent leichter.", "0,6 Prozent", "decrease"),
        ("In 9 Kantonen fallen die Tarife gar um 6 bis 8 Prozent.", "6 bis 8 Prozent", "decrease"),
        ("Die Gletscherzunge zog sich um 38 Meter zurück.", "38 Meter", "decrease"),
    ],
)
def test_german_market_closes_falls_and_retreats(text: str, surface: str, qualifier: str) -> None:
    assert at(text, "de", surface).qualifier == qualifier
