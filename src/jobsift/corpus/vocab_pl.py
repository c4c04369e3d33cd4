"""Polish vocabulary for generated postings (Poland).

Polish declines nouns after prepositions ("w Krakowie"), so city and skill names only appear
in slots that keep the nominative: after a colon, a dash or in parentheses.
"""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Programista Java", "Programista Python", "Backend Developer",
                          "Inżynier Oprogramowania", "Programista .NET"),
    "frontend_developer": ("Frontend Developer", "Programista Frontend",
                           "Programista JavaScript"),
    "fullstack_developer": ("Fullstack Developer", "Programista Full Stack"),
    "mobile_developer": ("Programista Android", "Programista iOS", "Mobile Developer"),
    "data_engineer": ("Data Engineer", "Inżynier Danych"),
    "data_scientist": ("Data Scientist", "Analityk Data Science"),
    "data_analyst": ("Analityk Danych", "Analityk BI", "Data Analyst"),
    "devops_engineer": ("DevOps Engineer", "Inżynier DevOps", "Administrator Systemów Linux",
                        "Cloud Engineer"),
    "qa_engineer": ("Tester Oprogramowania", "QA Engineer", "Tester Automatyzujący"),
    "product_manager": ("Product Owner", "Product Manager", "Menedżer Produktu"),
    "ux_designer": ("Projektant UX", "UX/UI Designer", "Product Designer"),
    "security_engineer": ("Specjalista ds. Cyberbezpieczeństwa", "Security Engineer",
                          "Analityk SOC"),
    "embedded_engineer": ("Programista Embedded", "Inżynier Systemów Wbudowanych"),
    "it_support": ("Specjalista ds. Wsparcia IT", "Helpdesk IT", "Administrator IT"),
    "ml_engineer": ("Machine Learning Engineer", "Inżynier Uczenia Maszynowego",
                    "Inżynier AI"),
    "nurse": ("Pielęgniarka", "Pielęgniarz", "Pielęgniarka Oddziałowa",
              "Pielęgniarka Anestezjologiczna"),
    "accountant": ("Księgowy", "Specjalista ds. Księgowości", "Specjalista ds. Rozliczeń"),
    "financial_analyst": ("Analityk Finansowy", "Kontroler Finansowy",
                          "Specjalista ds. Controllingu"),
    "warehouse_worker": ("Magazynier", "Pracownik Magazynu", "Operator Wózka Widłowego",
                         "Kompletujący Zamówienia"),
    "sales_representative": ("Przedstawiciel Handlowy", "Handlowiec",
                             "Specjalista ds. Sprzedaży", "Key Account Manager"),
    "electrician": ("Elektryk", "Elektryk Utrzymania Ruchu", "Elektromonter"),
    "teacher": ("Nauczyciel", "Nauczyciel Matematyki", "Nauczyciel Języka Angielskiego",
                "Nauczyciel Edukacji Wczesnoszkolnej"),
    "customer_service": ("Konsultant ds. Obsługi Klienta", "Specjalista ds. Obsługi Klienta",
                         "Konsultant Call Center"),
    "marketing_manager": ("Marketing Manager", "Specjalista ds. Marketingu",
                          "Kierownik ds. Marketingu Internetowego"),
    "hr_generalist": ("Specjalista ds. Kadr", "HR Business Partner", "Specjalista ds. HR"),
    "truck_driver": ("Kierowca C+E", "Kierowca Samochodu Ciężarowego", "Kierowca Dostawczy"),
    "chef": ("Kucharz", "Pomoc Kuchenna", "Szef Zmiany w Kuchni", "Kucharz Liniowy"),
    "mechanical_engineer": ("Inżynier Mechanik", "Konstruktor Mechanik",
                            "Inżynier Konstruktor"),
    "project_manager": ("Project Manager", "Kierownik Projektu", "Koordynator Projektów"),
    "office_assistant": ("Asystent Biura", "Pracownik Biurowy", "Specjalista ds. Administracji",
                         "Recepcjonista"),
}

TASKS: Final = {
    "software_engineer": (
        "Projektowanie, rozwój i utrzymanie usług naszego głównego produktu",
        "Pisanie czytelnego, przetestowanego kodu i code review",
        "Współpraca z zespołami produktu i designu przy małych, częstych wdrożeniach",
        "Poprawa wydajności, niezawodności i monitoringu systemów",
        "Udział w decyzjach architektonicznych",
    ),
    "frontend_developer": (
        "Tworzenie szybkich i dostępnych interfejsów",
        "Przekładanie projektów na komponenty wielokrotnego użytku",
        "Dbanie o czas ładowania stron",
        "Rozwój biblioteki komponentów i jej dokumentacji",
    ),
    "fullstack_developer": (
        "Odpowiedzialność za funkcje od bazy danych po interfejs",
        "Projektowanie API łatwych w użyciu i rozwoju",
        "Współpraca z klientami i zespołem wsparcia",
        "Dbanie o jakość kodu: przeglądy, refaktoryzacja i testy",
    ),
    "mobile_developer": (
        "Rozwój nowych funkcji naszych aplikacji mobilnych",
        "Tworzenie płynnych i intuicyjnych ekranów we współpracy z projektantami",
        "Analiza awarii i opinii użytkowników ze sklepów z aplikacjami",
        "Przygotowywanie wydań aplikacji",
    ),
    "data_engineer": (
        "Budowa i utrzymanie potoków danych wsadowych i strumieniowych",
        "Modelowanie danych na potrzeby analityków i data scientistów",
        "Monitorowanie jakości danych i usuwanie błędów u źródła",
        "Dokumentowanie platformy danych i kontrola jej kosztów",
    ),
    "data_scientist": (
        "Budowa modeli prognozowania popytu i personalizacji",
        "Projektowanie i analiza eksperymentów z zespołami produktowymi",
        "Przekładanie otwartych pytań na jasne analizy i rekomendacje",
        "Wdrażanie modeli na produkcję razem z inżynierami",
    ),
    "data_analyst": (
        "Tworzenie dashboardów i raportów używanych na co dzień",
        "Odpowiadanie na pytania biznesowe w oparciu o dane",
        "Definiowanie kluczowych wskaźników z działami biznesowymi",
        "Wyszukiwanie trendów i anomalii oraz wyjaśnianie ich przyczyn",
    ),
    "devops_engineer": (
        "Budowa i utrzymanie infrastruktury naszych usług",
        "Automatyzacja wdrożeń",
        "Rozwój monitoringu, alertów i obsługi incydentów",
        "Wsparcie zespołów developerskich w utrzymaniu usług",
    ),
    "qa_engineer": (
        "Planowanie i wykonywanie testów nowych funkcji",
        "Tworzenie i utrzymanie testów automatycznych",
        "Analiza błędów we współpracy z programistami",
        "Dbanie o jakość w całym procesie wytwórczym",
    ),
    "product_manager": (
        "Odpowiedzialność za wizję i roadmapę produktu",
        "Regularne rozmowy z klientami i ustalanie priorytetów",
        "Dostarczanie wartości małymi krokami z zespołem",
        "Definiowanie mierników sukcesu i analiza wyników",
    ),
    "ux_designer": (
        "Projektowanie ścieżek użytkownika, makiet i finalnych ekranów",
        "Prowadzenie wywiadów i testów z użytkownikami",
        "Współpraca z zespołem produktu i developmentu aż do wdrożenia",
        "Rozwój naszego design systemu",
    ),
    "security_engineer": (
        "Monitorowanie zdarzeń bezpieczeństwa i reagowanie na incydenty",
        "Przeglądy bezpieczeństwa nowych usług",
        "Zarządzanie podatnościami we współpracy z zespołami technicznymi",
        "Przygotowanie audytów i aktualizacja polityk",
    ),
    "embedded_engineer": (
        "Tworzenie oprogramowania urządzeń od prototypu do produkcji seryjnej",
        "Diagnozowanie problemów sprzętowych i programowych z zespołem elektroników",
        "Pisanie testów jednostkowych i integracyjnych",
        "Wsparcie techniczne produkcji i serwisu",
    ),
    "it_support": (
        "Pierwsza linia wsparcia dla pracowników",
        "Przygotowanie sprzętu i kont dla nowych pracowników",
        "Rozwiązywanie problemów sprzętowych i programowych na miejscu i zdalnie",
        "Prowadzenie ewidencji sprzętu i dokumentacji",
    ),
    "ml_engineer": (
        "Trenowanie, ewaluacja i wdrażanie modeli uczenia maszynowego",
        "Budowa narzędzi do szybkiego eksperymentowania",
        "Monitorowanie modeli na produkcji",
        "Przekształcanie prototypów badawczych w produkty",
    ),
    "nurse": (
        "Sprawowanie opieki pielęgniarskiej nad pacjentami oddziału",
        "Ocena potrzeb pacjentów i planowanie opieki",
        "Wsparcie pacjentów i ich rodzin",
        "Współpraca z lekarzami i zespołem terapeutycznym",
        "Wdrażanie nowych pracowników",
    ),
    "accountant": (
        "Prowadzenie bieżącej księgowości i uzgadnianie sald",
        "Udział w zamknięciach miesięcznych i rocznych",
        "Współpraca z biegłymi rewidentami i doradcami podatkowymi",
        "Udział w usprawnianiu procesów finansowych",
    ),
    "financial_analyst": (
        "Przygotowywanie raportów miesięcznych i analiza odchyleń od budżetu",
        "Udział w procesie budżetowania i prognoz",
        "Ocena projektów inwestycyjnych",
        "Wsparcie działów w interpretacji wyników",
    ),
    "warehouse_worker": (
        "Przyjmowanie, kontrola i rozmieszczanie towaru",
        "Kompletowanie i pakowanie zamówień",
        "Załadunek i rozładunek samochodów",
        "Udział w inwentaryzacjach",
        "Dbanie o porządek w magazynie",
    ),
    "sales_representative": (
        "Pozyskiwanie nowych klientów na przydzielonym terenie",
        "Dbanie o relacje z obecnymi klientami",
        "Przygotowywanie ofert, negocjacje i finalizacja sprzedaży",
        "Reprezentowanie firmy na targach branżowych",
    ),
    "electrician": (
        "Montaż, konserwacja i naprawa instalacji elektrycznych",
        "Szybkie usuwanie awarii",
        "Wykonywanie przeglądów zgodnie z przepisami",
        "Prowadzenie dokumentacji prac",
    ),
    "teacher": (
        "Przygotowywanie i prowadzenie zajęć",
        "Monitorowanie postępów uczniów",
        "Współpraca z rodzicami i radą pedagogiczną",
        "Udział w projektach i życiu szkoły",
    ),
    "customer_service": (
        "Obsługa klientów telefonicznie, mailowo i na czacie",
        "Rozwiązywanie zgłoszeń przy pierwszym kontakcie",
        "Obsługa zwrotów i zmian zamówień",
        "Przekazywanie opinii klientów do innych działów",
    ),
    "marketing_manager": (
        "Planowanie i prowadzenie kampanii we wszystkich kanałach",
        "Zarządzanie budżetem marketingowym i analiza wyników",
        "Generowanie leadów we współpracy z działem sprzedaży",
        "Koordynacja pracy agencji i freelancerów",
    ),
    "hr_generalist": (
        "Wsparcie menedżerów i pracowników we wszystkich sprawach kadrowych",
        "Prowadzenie procesów od zatrudnienia do rozwiązania umowy",
        "Przygotowywanie umów i dokumentacji pracowniczej",
        "Udział w tworzeniu polityk HR",
    ),
    "truck_driver": (
        "Bezpieczny i terminowy przewóz towarów",
        "Kontrola pojazdu przed i po każdej trasie",
        "Załadunek, rozładunek i mocowanie towaru",
        "Prowadzenie dokumentacji przewozowej",
    ),
    "chef": (
        "Przygotowywanie potraw zgodnie ze standardami restauracji",
        "Udział w tworzeniu karty i dań dnia",
        "Przyjmowanie dostaw i kontrola zapasów",
        "Przestrzeganie zasad higieny",
        "Szkolenie pomocy kuchennych",
    ),
    "mechanical_engineer": (
        "Projektowanie części i zespołów mechanicznych",
        "Wykonywanie obliczeń i analiz tolerancji",
        "Współpraca z dostawcami i produkcją",
        "Budowa i testowanie prototypów",
    ),
    "project_manager": (
        "Planowanie projektów i kontrola postępów",
        "Koordynacja zespołów, klientów i dostawców",
        "Zarządzanie zakresem, budżetem i harmonogramem",
        "Raportowanie do zarządu",
    ),
    "office_assistant": (
        "Dbanie o sprawne funkcjonowanie biura",
        "Organizacja spotkań, podróży służbowych i kalendarzy",
        "Obsługa recepcji, poczty i telefonów",
        "Zamawianie materiałów biurowych",
    ),
}

OFFICE_TASKS: Final = (
    "Dzielenie się wiedzą z zespołem",
    "Dokumentowanie swojej pracy",
    "Udział w planowaniu i ustalaniu priorytetów",
    "Współpraca z zespołami z innych lokalizacji",
    "Proponowanie usprawnień",
    "Informowanie interesariuszy o postępach",
)

TRADE_TASKS: Final = (
    "Przestrzeganie zasad BHP",
    "Praca w zgranym zespole",
    "Zgłaszanie usterek i propozycji usprawnień",
    "Wsparcie zespołu w okresach wzmożonej pracy",
    "Dbanie o powierzony sprzęt",
)

DEPARTMENTS: Final = {
    "engineering": "Rozwoju Oprogramowania", "data": "Danych", "platform": "Infrastruktury",
    "quality": "Jakości", "product": "Produktu", "design": "UX", "security": "Bezpieczeństwa IT",
    "it": "IT", "nursing": "Pielęgniarstwa", "finance": "Finansów", "logistics": "Logistyki",
    "sales": "Sprzedaży", "maintenance": "Utrzymania Ruchu", "education": "Edukacji",
    "customer_service": "Obsługi Klienta", "marketing": "Marketingu", "hr": "HR",
    "kitchen": "Kuchni", "engineering_mech": "Konstrukcji", "projects": "Projektów",
    "office": "Administracji",
}

SENIORITY: Final = {
    "intern": ("Stażysta – {t}", "{t} (staż)", "Stażysta w Dziale {d}",
               "Praktykant w Dziale {d}"),
    "junior": ("Młodszy {t}", "Junior {t}", "{t} (Junior)"),
    "mid": ("{t} (Mid)", "Regular {t}", "Mid {t}"),
    "senior": ("Starszy {t}", "Senior {t}", "{t} (Senior)"),
    "lead": ("Lead {t}", "Team Leader – {t}", "Lider Zespołu {d}", "Kierownik Zespołu {d}"),
    "principal": ("Principal {t}", "Główny {t}"),
    "executive": ("Dyrektor ds. {d}", "Kierownik Działu {d}", "Head of {d}"),
}

HEADINGS: Final = {
    "responsibilities": ("Obowiązki", "Zakres obowiązków", "Twoje zadania",
                         "Czym będziesz się zajmować"),
    "requirements": ("Wymagania", "Nasze wymagania", "Czego oczekujemy", "Oczekiwania"),
    "nice_to_have": ("Mile widziane", "Dodatkowym atutem będzie"),
    "benefits": ("Oferujemy", "Co oferujemy", "Benefity"),
    "about": ("O nas", "O firmie", "Kim jesteśmy"),
    "legal": ("Klauzula informacyjna", "RODO"),
    "apply": ("Aplikuj",),
}

INDUSTRIES: Final = {
    "software": "IT", "ecommerce": "e-commerce", "logistics": "logistycznej",
    "healthcare": "medycznej", "manufacturing": "produkcyjnej", "fintech": "finansowej",
    "retail": "handlowej", "energy": "energetycznej", "hospitality": "hotelarskiej",
    "education": "edukacyjnej", "consulting": "doradczej", "automotive": "motoryzacyjnej",
    "food": "spożywczej",
}

INTROS: Final = (
    "{company} poszukuje kandydatów na stanowisko: {title}. Miejsce pracy: {city}.",
    "Dołącz do {company} jako {title} – lokalizacja: {city}.",
    "W związku z rozwojem firmy poszukujemy osoby na stanowisko {title} ({city}).",
    "Szukasz nowych wyzwań? {company} zatrudni: {title}, {city}.",
    "Do naszego zespołu poszukujemy: {title}. Lokalizacja: {city}.",
)

REMOTE_INTROS: Final = (
    "{company} poszukuje kandydatów na stanowisko: {title} (praca zdalna).",
    "Dołącz do {company} jako {title} i pracuj z dowolnego miejsca.",
    "Poszukujemy osoby na stanowisko {title} w zespole pracującym w pełni zdalnie.",
)

AGENCY_INTROS: Final = (
    "Dla naszego klienta, firmy {company}, poszukujemy kandydatów na stanowisko: {title} "
    "({city}).",
    "Nasz klient, {company}, działający w branży {industry}, zatrudni: {title}. "
    "Lokalizacja: {city}.",
    "Rekrutujemy dla firmy {company} – stanowisko: {title}, {city}.",
)

ABOUT: Final = (
    "{company} działa w branży {industry} od {year} roku.",
    "Zatrudniamy obecnie około {size} osób.",
    "Nasza centrala mieści się w mieście {hq}, a zespoły pracują w kilku krajach.",
    "Każdego dnia ufają nam tysiące klientów.",
    "Stawiamy na zaufanie, jasne cele i samodzielność.",
    "Od lat rozwijamy się stabilnie, pozostając niezależną firmą.",
    "Współpracujemy zarówno z lokalnymi firmami, jak i z międzynarodowymi koncernami.",
    "Zrównoważony rozwój jest częścią naszych codziennych decyzji.",
    "Jesteśmy firmą rodzinną, która myśli długoterminowo.",
)

TEAM: Final = (
    "Dołączysz do małego, interdyscyplinarnego zespołu, który sam odpowiada za swoje zadania.",
    "Na start otrzymasz jasny plan wdrożenia.",
    "Planujemy wspólnie i ograniczamy spotkania do niezbędnego minimum.",
    "Zespół blisko współpracuje z innymi działami i biurami.",
    "Proces rekrutacji składa się z trzech etapów: rozmowy telefonicznej, spotkania z "
    "zespołem i rozmowy z przełożonym.",
    "Odpowiadamy na każdą aplikację w ciągu kilku dni.",
)

SKILL_LINES: Final = (
    "Znajomość: {skills}",
    "Doświadczenie w pracy z: {skills}",
    "Praktyczna znajomość narzędzi: {skills}",
    "Bardzo dobra znajomość: {skills}",
    "Umiejętności: {skills}",
)

PLUS_LINES: Final = (
    "Mile widziana znajomość: {skills}",
    "Dodatkowym atutem będzie: {skills}",
    "Plusem będzie doświadczenie z: {skills}",
)

NICE_LINES: Final = (
    "{skills}",
    "Znajomość: {skills}",
    "Doświadczenie z: {skills}",
)

EXPERIENCE: Final = (
    "Minimum {n} {years} doświadczenia na podobnym stanowisku",
    "Min. {n} {years} doświadczenia zawodowego",
    "Co najmniej {n} {years} doświadczenia",
    "Doświadczenie zawodowe: min. {n} {years}",
)

SOFT_SKILLS: Final = (
    "Dobra organizacja pracy",
    "Umiejętność pracy w zespole",
    "Samodzielność i odpowiedzialność",
    "Nastawienie na klienta",
    "Chęć nauki i rozwoju",
    "Odporność na stres",
    "Komunikatywność",
    "Dokładność i sumienność",
)

LANGUAGE_LINES: Final = (
    "Znajomość języka angielskiego na poziomie B2",
    "Bardzo dobra znajomość języka polskiego",
    "Komunikatywny angielski",
)

BENEFITS: Final = (
    "Prywatna opieka medyczna",
    "Karta sportowa",
    "Ubezpieczenie na życie",
    "Dofinansowanie nauki języków obcych",
    "Elastyczne godziny pracy",
    "Budżet szkoleniowy",
    "Owocowe czwartki",
    "Premie roczne",
    "Pakiet socjalny",
    "Nowoczesny sprzęt",
    "Spotkania integracyjne",
    "Jasna ścieżka rozwoju",
    "Dodatek za pracę w nocy",
    "Odzież robocza",
    "Bezpłatny parking",
)

LEGAL: Final = (
    "{company} jest pracodawcą równych szans i zaprasza do aplikowania wszystkie osoby, "
    "niezależnie od płci, wieku, pochodzenia, wyznania, orientacji czy niepełnosprawności.",
    "Prosimy o dopisanie w CV zgody na przetwarzanie danych osobowych na potrzeby tej "
    "rekrutacji.",
    "Administratorem danych osobowych kandydatów jest {company}; dane przetwarzamy wyłącznie "
    "w celu rekrutacji.",
    "Skontaktujemy się tylko z wybranymi osobami.",
)

APPLY: Final = (
    "Wyślij CV, a odezwiemy się w ciągu dwóch tygodni.",
    "Aplikuj jednym kliknięciem – list motywacyjny nie jest wymagany.",
    "Masz pytania? Nasz zespół rekrutacji chętnie pomoże.",
    "Czekamy na Twoje zgłoszenie!",
)

WORK_MODES: Final = {
    "remote": (
        "Praca w pełni zdalna ({country}).",
        "Pracujemy zdalnie, spotykamy się całym zespołem dwa razy w roku.",
        "Możliwość pracy 100% zdalnie.",
    ),
    "hybrid": (
        "Praca hybrydowa: {days} dni w tygodniu w biurze ({city}), pozostałe zdalnie.",
        "Model hybrydowy z regularnymi dniami w biurze – {city}.",
        "Możliwość pracy zdalnej przez {days} dni w tygodniu.",
    ),
    "onsite": (
        "Praca stacjonarna – {city}.",
        "Praca wyłącznie stacjonarna w naszej siedzibie ({city}).",
        "Praca na miejscu, bez możliwości pracy zdalnej. Lokalizacja: {city}.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Praca zdalna", "100% zdalnie", "Zdalnie ({country})"),
    "hybrid": ("Praca hybrydowa", "Hybrydowo ({days} dni w biurze)"),
    "onsite": ("Praca stacjonarna", "Stacjonarnie ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Lokalizacja: {value}", "Miejsce pracy: {value}"),
    "work_mode": ("Tryb pracy: {value}", "Model pracy: {value}"),
    "employment": ("Rodzaj umowy: {value}", "Wymiar pracy: {value}"),
    "salary": ("Wynagrodzenie: {value}", "Widełki: {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("Pełny etat", "Umowa o pracę, pełny etat"),
    "PART_TIME": ("Część etatu", "1/2 etatu"),
    "CONTRACTOR": ("B2B", "Kontrakt B2B", "Umowa zlecenie"),
    "TEMPORARY": ("Umowa na czas określony", "Praca tymczasowa"),
    "INTERN": ("Staż", "Praktyki studenckie"),
}

EMPLOYMENT_LINES: Final = (
    "Rodzaj umowy: {employment}.",
    "Forma zatrudnienia: {employment}.",
)

SALARY_LINES: Final = (
    "Wynagrodzenie: {salary}, w zależności od doświadczenia.",
    "Oferujemy wynagrodzenie: {salary}.",
    "Widełki płacowe: {salary}",
)

TRAPS: Final = (
    "Doświadczenie w migracji systemów on-premise do chmury",
    "Praca ze środowiskami chmurowymi i on-premise",
    "Znajomość architektury chmury hybrydowej",
    "Znajomość narzędzi do zdalnego monitoringu i debugowania",
)

SHORT_INTROS: Final = (
    "{company} zatrudni: {title} ({city}).",
    "Praca: {title} – {city}.",
    "Nowa oferta w {company}: {title}, {city}.",
)
# fmt: on


def _years(n: int) -> str:
    """ "1 rok", "2 lata", "5 lat", "22 lata": Polish numerals govern the noun's form."""
    if n == 1:
        return "rok"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "lata"
    return "lat"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "pl"
GENDER_MARKS: Final = ("(m/k)", "(k/m)", "(k/m/n)")
GENDER_RATE: Final = 0.45
YEAR_WORDS: Final = _years
AND_WORD: Final = "i"
