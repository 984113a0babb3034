"""Words of published summaries in English, Russian and Kazakh, and labels for the values
of every dimension.

Vocabulary values take their labels from the data files (``core.vocabulary``); this module
holds only what those files do not: the names of dimensions, headings and notes of a
document, and labels of derived values (a month, "not recorded", yes/no). Publications are
written without Qt, so these words live here rather than in Qt's catalogues.
"""

from __future__ import annotations

import re

from desktop_app.core.localized import month
from desktop_app.core.vocabulary import LANGUAGES, vocabulary

# Everything a count can be broken down by, in the order of the window's choice lists.
DIMENSION_NAMES = ("year", "month", "region", "violation", "victim_category", "gender",
                   "fatal", "case_code", "article", "outcome", "penalty", "remedy_mechanism",
                   "remedy_outcome", "implemented", "status", "tag")

# Dimension -> the vocabulary its codes come from.
VOCABULARY_OF = {
    "region": "region", "violation": "violation", "victim_category": "victim_category",
    "gender": "gender", "case_code": "case_code", "outcome": "case_outcome",
    "penalty": "penalty", "remedy_mechanism": "remedy_mechanism",
    "remedy_outcome": "remedy_outcome", "status": "status",
}

_WORDS: dict[str, tuple[str, str, str]] = {
    # Dimensions.
    "year": ("Year", "Год", "Жыл"),
    "month": ("Month", "Месяц", "Ай"),
    "region": ("Region", "Регион", "Өңір"),
    "violation": ("Violation", "Нарушение", "Құқық бұзушылық"),
    "victim_category": ("Victim category", "Категория пострадавших",
                        "Зардап шеккендер санаты"),
    "gender": ("Gender", "Пол", "Жынысы"),
    "fatal": ("Fatal", "Со смертельным исходом", "Қаза болғандар"),
    "case_code": ("Kind of case", "Вид дела", "Іс түрі"),
    "article": ("Article", "Статья", "Бап"),
    "outcome": ("Outcome of the case", "Исход дела", "Істің нәтижесі"),
    "penalty": ("Penalty", "Наказание", "Жаза"),
    "remedy_mechanism": ("Remedy sought", "Куда обращались", "Қорғау тетігі"),
    "remedy_outcome": ("Outcome of the remedy", "Результат обращения", "Өтініш нәтижесі"),
    "implemented": ("Implemented", "Исполнено", "Орындалды"),
    "status": ("Status", "Статус", "Мәртебесі"),
    "tag": ("Tag", "Метка", "Белгі"),
    # Units counted.
    "incidents": ("Incidents", "Инциденты", "Оқиғалар"),
    "victims": ("Victims", "Пострадавшие", "Зардап шеккендер"),
    "cases": ("Legal cases", "Судебные дела", "Сот істері"),
    "remedies": ("Remedies", "Обращения за защитой", "Құқықтық қорғау өтініштері"),
    "people": ("Distinct people", "Разных людей", "Жеке адамдар"),
    "fatal_victims": ("Of them, killed", "Из них погибли", "Оның ішінде қаза болды"),
    "implemented_remedies": ("Remedies implemented", "Решения исполнены",
                             "Орындалған шешімдер"),
    # Values.
    "yes": ("Yes", "Да", "Иә"),
    "no": ("No", "Нет", "Жоқ"),
    "unrecorded": ("Not recorded", "Не указано", "Көрсетілмеген"),
    "no_penalty": ("No penalty", "Без наказания", "Жазасыз"),
    "no_tag": ("No tag", "Без метки", "Белгісіз"),
    "month_unknown": ("{year}, month not known", "{year}, месяц неизвестен",
                      "{year}, айы белгісіз"),
    "other_article": ("Other article", "Другая статья", "Басқа бап"),
    "article_number": ("Art. {number}", "Ст. {number}", "{number}-бап"),
    "total": ("Total", "Всего", "Барлығы"),
    # The document.
    "title": ("Summary of recorded incidents", "Сводка зарегистрированных инцидентов",
              "Тіркелген оқиғалардың жиынтығы"),
    "period": ("Period", "Период", "Кезең"),
    # The period as a heading line: the dates stand alone, in the nominative, so a date
    # known only by its month needs no case ending ("с мая" / "мамырдан" would).
    "all_dates": ("Period: all dates", "Период: все даты", "Кезең: барлық күндер"),
    "between": ("Period: {first} – {last}", "Период: {first} – {last}",
                "Кезең: {first} – {last}"),
    "from": ("Period: from {date}", "Начало периода: {date}", "Кезең басы: {date}"),
    "to": ("Period: up to {date}", "Конец периода: {date}", "Кезең соңы: {date}"),
    "filters": ("Only incidents with", "Только инциденты, где", "Тек мына оқиғалар"),
    "a_tag": ("a chosen tag", "выбранная метка", "таңдалған белгі"),
    "a_search": ("words searched for", "искомые слова", "ізделген сөздер"),
    "headline": ("In figures", "В цифрах", "Сандармен"),
    "over_time": ("Incidents over time", "Инциденты по времени", "Оқиғалар уақыт бойынша"),
    "by": ("{unit} by {dimension}", "{unit}: {dimension}", "{unit}: {dimension}"),
    "cross": ("{unit}: {rows} × {columns}", "{unit}: {rows} × {columns}",
              "{unit}: {rows} × {columns}"),
    "suppressed": (
        ("Small counts are not published, so that no person can be recognised: a count "
         "below {threshold} is shown as “<{threshold}”, and a count shown as “x” is "
         "withheld so that a small count cannot be worked out from a total. Zero is shown "
         "as 0."),
        ("Малые числа не публикуются, чтобы нельзя было узнать человека: число меньше "
         "{threshold} показано как «<{threshold}», а число, отмеченное «x», скрыто, чтобы "
         "малое число нельзя было вычислить из итога. Ноль показан как 0."),
        ("Адамды тану мүмкін болмауы үшін шағын сандар жарияланбайды: {threshold}-тен кіші "
         "сан «<{threshold}» түрінде көрсетіледі, ал «x» белгісі тұрған сан шағын санды "
         "жалпы сомадан есептеп шығаруға болмайтындай жасырылған. Нөл 0 түрінде беріледі.")),
    "exact": ("Exact counts, not suppressed: for internal use only, not for publication.",
              ("Точные числа без сокрытия: только для внутреннего пользования, не для "
               "публикации."),
              ("Жасырылмаған нақты сандар: тек ішкі пайдалануға арналған, жариялауға "
               "болмайды.")),
    "rule_violations": (
        ("An incident counts once under each of its violations, so these rows add up to "
         "more than the number of incidents."),
        ("Инцидент учитывается по одному разу под каждым из своих нарушений, поэтому сумма "
         "строк больше числа инцидентов."),
        ("Оқиға өзінің әр құқық бұзушылығы бойынша бір реттен есептеледі, сондықтан жолдар "
         "қосындысы оқиғалар санынан көп.")),
    "rule_victims": (
        ("A person counts once in each incident in which they appear; distinct people "
         "count each person once."),
        ("Человек учитывается один раз в каждом инциденте, в котором он упомянут; «разных "
         "людей» — каждый человек один раз."),
        "Адам өзі аталған әр оқиғада бір рет есептеледі; «жеке адамдар» — әр адам бір рет."),
    "rule_penalties": (
        "A case counts once under each kind of penalty it ended in.",
        "Дело учитывается один раз под каждым видом назначенного наказания.",
        "Іс тағайындалған жазаның әр түрі бойынша бір реттен есептеледі."),
    "rule_dates": (
        ("Dates count from their first day: an incident known only by its month or year "
         "counts from the first day of that month or year."),
        ("Даты считаются по первому дню: инцидент, известный лишь с точностью до месяца "
         "или года, относится к первому дню этого месяца или года."),
        ("Күндер бірінші күнінен бастап есептеледі: тек айы не жылы белгілі оқиға сол "
         "айдың не жылдың бірінші күніне жатқызылады.")),
    "produced_by": ("Produced with Tirkeu from an encrypted archive; counts only.",
                    "Подготовлено в Tirkeu по зашифрованному архиву; только числа.",
                    "Tirkeu бағдарламасында шифрланған мұрағат бойынша дайындалды; тек сандар."),
    "nothing": ("Nothing recorded.", "Ничего не записано.", "Ештеңе тіркелмеген."),
}

# Typed-in article numbers are free text: only something shaped like an article number
# ("405", "174-1", "120.3") is shown; anything else is published as "Other article".
_ARTICLE_NUMBER = re.compile(r"^\d{1,4}(?:[-.]\d{1,3}){0,2}$")


def word(key: str, language: str = "en", **values: object) -> str:
    """The text called ``key`` in ``language`` (English if unknown), filled with values."""
    texts = _WORDS[key]
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    return texts[index].format(**values) if values else texts[index]


def dimension_label(dimension: str, language: str = "en") -> str:
    return word(dimension, language)


def value_label(dimension: str, code: str | None, language: str = "en") -> str:
    """How a value of ``dimension`` is shown: a vocabulary label, a year, a month ("May
    2018", "май 2018"), …"""
    if code is None:
        return word({"penalty": "no_penalty", "tag": "no_tag"}.get(dimension, "unrecorded"),
                    language)
    if dimension in VOCABULARY_OF:
        return vocabulary(VOCABULARY_OF[dimension]).label(code, language)
    if dimension in ("fatal", "implemented"):
        return word(code, language)
    if dimension == "month" and len(code) == 4:
        return word("month_unknown", language, year=code)
    if dimension == "month":
        return month(int(code[:4]), int(code[5:7]), language)
    if dimension == "article":
        return article_label(code, language)
    return code  # a year or a tag


def article_label(code: str, language: str = "en") -> str:
    """"Criminal · Art. 174 — Inciting discord" for "criminal 174": the kind of case, then
    the article's preset title, else its number alone if it looks like one."""
    articles = vocabulary("legal_article")
    kind, number = _split(code)
    parts = [vocabulary("case_code").label(kind, language)] if kind else []
    if code in articles:
        parts.append(articles.label(code, language))
    elif _ARTICLE_NUMBER.match(number):
        parts.append(word("article_number", language, number=number))
    else:
        parts.append(word("other_article", language))
    return " · ".join(parts)


def publishable_article(code: str | None) -> str | None:
    """The article key a publication may show: a preset key or a number-shaped one; any
    other typed text becomes "other" so no free text is ever published."""
    if code is None or code in vocabulary("legal_article"):
        return code
    kind, number = _split(code)
    return code if _ARTICLE_NUMBER.match(number) else (f"{kind} other" if kind else "other")


def _split(code: str) -> tuple[str, str]:
    """("criminal", "174") for "criminal 174"; ("", text) when no kind of case leads."""
    kind, _, number = code.partition(" ")
    return (kind, number) if number and kind in vocabulary("case_code") else ("", code)
