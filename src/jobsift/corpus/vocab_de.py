"""German vocabulary for generated postings (Germany, Austria, German-speaking Switzerland)."""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Softwareentwickler", "Backend-Entwickler", "Software Engineer",
                          "Softwareentwickler Java", "Backend Developer"),
    "frontend_developer": ("Frontend-Entwickler", "Webentwickler", "Frontend Developer"),
    "fullstack_developer": ("Fullstack-Entwickler", "Full Stack Developer"),
    "mobile_developer": ("App-Entwickler", "Android-Entwickler", "iOS-Entwickler"),
    "data_engineer": ("Data Engineer", "Dateningenieur", "Big Data Engineer"),
    "data_scientist": ("Data Scientist", "Datenwissenschaftler"),
    "data_analyst": ("Datenanalyst", "Data Analyst", "BI-Analyst"),
    "devops_engineer": ("DevOps Engineer", "Cloud Engineer", "Systemadministrator Linux",
                        "Site Reliability Engineer"),
    "qa_engineer": ("Softwaretester", "QA Engineer", "Testautomatisierer"),
    "product_manager": ("Produktmanager", "Product Owner", "Product Manager"),
    "ux_designer": ("UX Designer", "UX/UI Designer", "Produktdesigner"),
    "security_engineer": ("IT-Sicherheitsingenieur", "Security Engineer",
                          "Informationssicherheitsbeauftragter"),
    "embedded_engineer": ("Embedded-Softwareentwickler", "Firmware-Entwickler"),
    "it_support": ("IT-Supporter", "Fachinformatiker Systemintegration", "IT-Administrator",
                   "Mitarbeiter IT-Support"),
    "ml_engineer": ("Machine Learning Engineer", "KI-Entwickler", "ML Engineer"),
    "nurse": ("Pflegefachkraft", "Gesundheits- und Krankenpfleger", "Pflegefachmann",
              "Altenpfleger"),
    "accountant": ("Buchhalter", "Finanzbuchhalter", "Bilanzbuchhalter"),
    "financial_analyst": ("Financial Analyst", "Controller", "Finanzanalyst"),
    "warehouse_worker": ("Lagermitarbeiter", "Lagerhelfer", "Kommissionierer",
                         "Fachkraft für Lagerlogistik"),
    "sales_representative": ("Vertriebsmitarbeiter", "Außendienstmitarbeiter",
                             "Account Manager", "Vertriebsinnendienst"),
    "electrician": ("Elektriker", "Elektroniker für Betriebstechnik", "Elektroinstallateur"),
    "teacher": ("Lehrkraft", "Lehrer Mathematik", "Grundschullehrer", "Lehrer Deutsch"),
    "customer_service": ("Kundenberater", "Mitarbeiter Kundenservice", "Servicemitarbeiter"),
    "marketing_manager": ("Marketing Manager", "Online-Marketing-Manager", "Marketingmanager"),
    "hr_generalist": ("HR Generalist", "Personalreferent", "HR Business Partner"),
    "truck_driver": ("Berufskraftfahrer", "LKW-Fahrer", "Kraftfahrer CE"),
    "chef": ("Koch", "Jungkoch", "Beikoch", "Chef de Partie"),
    "mechanical_engineer": ("Maschinenbauingenieur", "Konstrukteur", "Entwicklungsingenieur"),
    "project_manager": ("Projektmanager", "Projektleiter", "IT-Projektmanager"),
    "office_assistant": ("Büroassistent", "Kaufmännischer Mitarbeiter", "Office Manager",
                         "Sachbearbeiter"),
}

TASKS: Final = {
    "software_engineer": (
        "Du entwickelst und betreibst die Services hinter unserem Kernprodukt",
        "Du schreibst sauberen, getesteten Code und machst Code-Reviews im Team",
        "Gemeinsam mit Produkt und Design setzt du Anforderungen in kleinen Schritten um",
        "Du verbesserst Performance, Stabilität und Monitoring bestehender Systeme",
        "Du bringst dich in Architekturentscheidungen ein",
    ),
    "frontend_developer": (
        "Du baust schnelle und barrierearme Oberflächen für Web und Mobile",
        "Du setzt Designs gemeinsam mit unseren Designern in wiederverwendbare Komponenten um",
        "Du behältst die Ladezeiten im Blick und optimierst sie",
        "Du pflegst unsere Komponentenbibliothek und ihre Dokumentation",
    ),
    "fullstack_developer": (
        "Du verantwortest Features von der Datenbank bis zur Oberfläche",
        "Du entwirfst Schnittstellen, die leicht zu nutzen und zu ändern sind",
        "Du arbeitest eng mit Kundinnen, Kunden und Support zusammen",
        "Du hältst unsere Codebasis durch Reviews, Refactoring und Tests gesund",
    ),
    "mobile_developer": (
        "Du entwickelst neue Funktionen für unsere Apps mit Tausenden täglichen Nutzern",
        "Du gestaltest mit dem Designteam flüssige und intuitive Screens",
        "Du analysierst Abstürze und Bewertungen im App Store und leitest Maßnahmen ab",
        "Du kümmerst dich um Releases von der Beta bis zur Veröffentlichung",
    ),
    "data_engineer": (
        "Du baust und betreibst zuverlässige Batch- und Streaming-Pipelines",
        "Du modellierst Daten so, dass Analyse und Data Science ihnen vertrauen können",
        "Du überwachst die Datenqualität und behebst Fehler an der Quelle",
        "Du dokumentierst unsere Datenplattform und hältst die Kosten im Griff",
    ),
    "data_scientist": (
        "Du entwickelst Modelle für Nachfrageprognosen und Personalisierung",
        "Du planst und analysierst Experimente gemeinsam mit den Produktteams",
        "Du übersetzt offene Fragen in klare Analysen und Empfehlungen",
        "Du bringst Modelle zusammen mit dem Engineering in den Betrieb",
    ),
    "data_analyst": (
        "Du erstellst Dashboards und Reports, die täglich genutzt werden",
        "Du beantwortest Fachfragen schnell und verlässlich mit Daten",
        "Du definierst Kennzahlen gemeinsam mit den Fachbereichen",
        "Du erkennst Trends und Auffälligkeiten und erklärst ihre Ursachen",
    ),
    "devops_engineer": (
        "Du baust und betreibst die Infrastruktur unserer Services",
        "Du automatisierst Deployments und machst Releases sicher und planbar",
        "Du verbesserst Monitoring, Alerting und das Incident-Management",
        "Du unterstützt die Entwicklungsteams beim Betrieb ihrer Anwendungen",
    ),
    "qa_engineer": (
        "Du planst und führst Tests für neue Features und Releases durch",
        "Du baust automatisierte Testsuiten auf und pflegst sie",
        "Du findest gemeinsam mit der Entwicklung die Ursache von Fehlern",
        "Du treibst die Qualität im gesamten Entwicklungsprozess voran",
    ),
    "product_manager": (
        "Du verantwortest Vision und Roadmap für deinen Produktbereich",
        "Du sprichst regelmäßig mit Kunden und leitest daraus Prioritäten ab",
        "Du lieferst gemeinsam mit Entwicklung und Design in kleinen Schritten",
        "Du definierst Erfolgskennzahlen und wertest sie nach dem Launch aus",
    ),
    "ux_designer": (
        "Du entwirfst User Flows, Wireframes und ausgearbeitete Screens",
        "Du führst Interviews und Tests mit echten Nutzern durch",
        "Du begleitest Ideen gemeinsam mit Produkt und Entwicklung bis zum Release",
        "Du entwickelst unser Designsystem weiter",
    ),
    "security_engineer": (
        "Du überwachst Sicherheitsereignisse und reagierst auf Vorfälle",
        "Du prüfst neue Services und Features auf Sicherheitsrisiken",
        "Du steuerst das Schwachstellenmanagement mit den Entwicklungsteams",
        "Du bereitest Audits vor und hältst Richtlinien aktuell",
    ),
    "embedded_engineer": (
        "Du entwickelst Firmware für unsere Geräte von der Inbetriebnahme bis zur Serie",
        "Du analysierst Hardware- und Softwarefehler gemeinsam mit der Elektronikentwicklung",
        "Du schreibst Unit- und Integrationstests für Embedded-Code",
        "Du unterstützt Produktion und Service bei technischen Fragen",
    ),
    "it_support": (
        "Du bist erste Anlaufstelle für alle IT-Fragen im Haus",
        "Du richtest Laptops, Telefone und Benutzerkonten für neue Kollegen ein",
        "Du löst Hard- und Softwareprobleme vor Ort und per Fernwartung",
        "Du pflegst Inventar und Dokumentation",
    ),
    "ml_engineer": (
        "Du trainierst, bewertest und betreibst Machine-Learning-Modelle",
        "Du baust Werkzeuge, mit denen unser Team schnell experimentieren kann",
        "Du überwachst Modelle im Betrieb und trainierst sie bei Bedarf neu",
        "Du machst gemeinsam mit der Forschung aus Prototypen Produkte",
    ),
    "nurse": (
        "Sie übernehmen die fachgerechte Pflege und Betreuung unserer Patientinnen und Patienten",
        "Sie planen und dokumentieren die Pflege im interdisziplinären Team",
        "Sie begleiten Angehörige mit Einfühlungsvermögen",
        "Sie arbeiten eng mit Ärzten und Therapeuten zusammen",
        "Sie leiten Auszubildende und neue Kollegen an",
    ),
    "accountant": (
        "Sie bearbeiten die laufende Buchhaltung und Abstimmungen",
        "Sie erstellen Monats- und Jahresabschlüsse",
        "Sie sind Ansprechpartner für Wirtschaftsprüfer und Steuerberater",
        "Sie wirken an der Optimierung unserer Finanzprozesse mit",
    ),
    "financial_analyst": (
        "Du erstellst Monatsberichte und analysierst Abweichungen zum Plan",
        "Du unterstützt die Budgetplanung und regelmäßige Forecasts",
        "Du bewertest Investitionen und Business Cases",
        "Du erklärst den Fachbereichen, was hinter den Zahlen steckt",
    ),
    "warehouse_worker": (
        "Annahme, Prüfung und Einlagerung von Waren",
        "Kommissionierung und Verpackung von Kundenaufträgen",
        "Be- und Entladen von LKW",
        "Mitwirkung bei Inventuren",
        "Sauberkeit und Ordnung im Lagerbereich",
    ),
    "sales_representative": (
        "Sie gewinnen Neukunden in Ihrem Vertriebsgebiet",
        "Sie betreuen und entwickeln bestehende Kunden",
        "Sie erstellen Angebote, führen Verhandlungen und schließen Verträge ab",
        "Sie vertreten unser Unternehmen auf Messen und Veranstaltungen",
    ),
    "electrician": (
        "Installation, Wartung und Instandsetzung elektrischer Anlagen",
        "Schnelle Fehlersuche und -behebung zur Vermeidung von Stillständen",
        "Durchführung von Prüfungen nach den geltenden Vorschriften",
        "Dokumentation der durchgeführten Arbeiten",
    ),
    "teacher": (
        "Sie planen und gestalten abwechslungsreichen Unterricht",
        "Sie begleiten die Lernentwicklung Ihrer Schülerinnen und Schüler",
        "Sie arbeiten vertrauensvoll mit Eltern und Kollegium zusammen",
        "Sie bringen sich in Projekte und das Schulleben ein",
    ),
    "customer_service": (
        "Du berätst unsere Kunden telefonisch, per E-Mail und im Chat",
        "Du löst Anliegen möglichst beim ersten Kontakt",
        "Du bearbeitest Rücksendungen, Erstattungen und Auftragsänderungen",
        "Du gibst Kundenfeedback an die Fachabteilungen weiter",
    ),
    "marketing_manager": (
        "Du planst und steuerst Kampagnen über alle Kanäle",
        "Du verantwortest das Marketingbudget und misst den Erfolg",
        "Du generierst gemeinsam mit dem Vertrieb qualifizierte Leads",
        "Du steuerst Agenturen und Freelancer",
    ),
    "hr_generalist": (
        "Sie beraten Führungskräfte und Mitarbeitende in allen Personalfragen",
        "Sie begleiten den gesamten Mitarbeiterzyklus vom Eintritt bis zum Austritt",
        "Sie erstellen Verträge, Zeugnisse und Bescheinigungen",
        "Sie gestalten Personalprozesse und -programme aktiv mit",
    ),
    "truck_driver": (
        "Sichere und pünktliche Auslieferung von Waren im Nah- und Fernverkehr",
        "Fahrzeugkontrolle vor und nach jeder Tour",
        "Be- und Entladen sowie fachgerechte Sicherung der Ware",
        "Führen der Lieferpapiere und Fahrtenaufzeichnungen",
    ),
    "chef": (
        "Zubereitung der Speisen auf gleichbleibend hohem Niveau",
        "Mitarbeit bei der Gestaltung saisonaler Karten und Tagesgerichte",
        "Warenannahme, Lagerung und Bestellwesen",
        "Einhaltung der Hygienevorschriften",
        "Anleitung von Auszubildenden",
    ),
    "mechanical_engineer": (
        "Sie konstruieren Bauteile und Baugruppen vom Konzept bis zur Serie",
        "Sie führen Berechnungen und Toleranzanalysen durch",
        "Sie stimmen sich mit Lieferanten und Fertigung zur Herstellbarkeit ab",
        "Sie bauen und testen Prototypen und dokumentieren die Ergebnisse",
    ),
    "project_manager": (
        "Sie planen Projekte, definieren Meilensteine und verfolgen den Fortschritt",
        "Sie koordinieren interne Teams, Kunden und Lieferanten",
        "Sie steuern Umfang, Budget und Termine",
        "Sie berichten an die Geschäftsleitung",
    ),
    "office_assistant": (
        "Sie organisieren den reibungslosen Büroalltag",
        "Sie koordinieren Termine, Reisen und Besprechungen",
        "Sie empfangen Gäste und bearbeiten Post und Telefon",
        "Sie bestellen Büromaterial und betreuen Dienstleister",
    ),
}

OFFICE_TASKS: Final = (
    "Du teilst dein Wissen und hilfst anderen, sich weiterzuentwickeln",
    "Du dokumentierst deine Arbeit so, dass andere darauf aufbauen können",
    "Du bringst dich in die Planung ein und setzt Prioritäten mit",
    "Du arbeitest teamübergreifend und standortübergreifend zusammen",
    "Du suchst laufend nach Wegen, unsere Arbeit zu verbessern",
    "Du hältst alle Beteiligten über den Fortschritt auf dem Laufenden",
    "Du unterstützt beim Onboarding neuer Teammitglieder",
)

TRADE_TASKS: Final = (
    "Einhaltung der Arbeitssicherheitsvorschriften",
    "Zusammenarbeit in einem verlässlichen, kollegialen Team",
    "Meldung von Störungen und Verbesserungsvorschlägen",
    "Unterstützung der Kollegen in Spitzenzeiten",
    "Pflege der Arbeitsmittel",
)

DEPARTMENTS: Final = {
    "engineering": "Softwareentwicklung", "data": "Data & Analytics",
    "platform": "Plattform", "quality": "Qualitätssicherung", "product": "Produktmanagement",
    "design": "Design", "security": "IT-Sicherheit", "it": "IT", "nursing": "Pflege",
    "finance": "Finanzen", "logistics": "Logistik", "sales": "Vertrieb",
    "maintenance": "Instandhaltung", "education": "Bildung",
    "customer_service": "Kundenservice", "marketing": "Marketing", "hr": "Personal",
    "kitchen": "Küche", "engineering_mech": "Konstruktion", "projects": "Projektmanagement",
    "office": "Office Management",
}

SENIORITY: Final = {
    "intern": ("Werkstudent {t}", "Praktikant {t}", "Praktikum {d}", "Werkstudent {d}"),
    "junior": ("Junior {t}", "Junior {t}"),
    "senior": ("Senior {t}", "Senior {t}", "Erfahrener {t}"),
    "lead": ("Lead {t}", "Teamleiter {d}", "Teamleitung {d}"),
    "principal": ("Principal {t}", "Staff {t}"),
    "executive": ("Head of {d}", "Leiter {d}", "Leitung {d}", "Bereichsleiter {d}"),
}

HEADINGS: Final = {
    "responsibilities": ("Deine Aufgaben", "Ihre Aufgaben", "Das erwartet dich", "Aufgaben",
                         "Dein Aufgabengebiet"),
    "requirements": ("Dein Profil", "Ihr Profil", "Das bringst du mit", "Anforderungen",
                     "Was du mitbringst"),
    "nice_to_have": ("Wünschenswert", "Von Vorteil", "Pluspunkte"),
    "benefits": ("Wir bieten", "Was wir bieten", "Das bieten wir dir", "Deine Vorteile",
                 "Unser Angebot"),
    "about": ("Über uns", "Wer wir sind", "Das Unternehmen"),
    "legal": ("Chancengleichheit", "Datenschutz"),
    "apply": ("Bewerbung", "Interessiert?", "So bewirbst du dich"),
}

INDUSTRIES: Final = {
    "software": "Softwareentwicklung", "ecommerce": "Onlinehandel", "logistics": "Logistik",
    "healthcare": "Gesundheitswesen", "manufacturing": "Maschinen- und Anlagenbau",
    "fintech": "Finanztechnologie", "retail": "Einzelhandel", "energy": "Energiewirtschaft",
    "hospitality": "Hotellerie und Gastronomie", "education": "Bildung",
    "consulting": "Unternehmensberatung", "automotive": "Automobilindustrie",
    "food": "Lebensmittelindustrie",
}

INTROS: Final = (
    "Zur Verstärkung unseres Teams in {city} suchen wir ab sofort eine/n {title}.",
    "{company} sucht zum nächstmöglichen Zeitpunkt Verstärkung als {title} am Standort {city}.",
    "Für unseren Standort {city} suchen wir dich als {title}.",
    "Du möchtest als {title} wirklich etwas bewegen? Dann bist du bei {company} in {city} richtig.",
    "Werde Teil von {company} und unterstütze uns in {city} als {title}.",
    "Wir wachsen weiter und suchen für {city} eine/n engagierte/n {title}.",
)

REMOTE_INTROS: Final = (
    "{company} sucht ab sofort eine/n {title} – vollständig remote.",
    "Wir suchen dich als {title} für unser Remote-Team.",
    "Werde Teil von {company} als {title} und arbeite von dort, wo du am besten arbeitest.",
)

AGENCY_INTROS: Final = (
    "Für unseren Kunden {company} suchen wir eine/n {title} (Standort: {city}).",
    "Im Auftrag unseres Kunden, eines Unternehmens aus dem Bereich {industry}, suchen wir "
    "für {company} eine/n {title} – {city}.",
    "Unser Mandant {company} wächst und hat uns beauftragt, eine/n {title} zu finden ({city}).",
)

ABOUT: Final = (
    "{company} ist seit {year} im Bereich {industry} tätig.",
    "Heute arbeiten rund {size} Menschen für uns.",
    "Unser Hauptsitz liegt in {hq}, unsere Teams arbeiten in mehreren Ländern.",
    "Tausende Kundinnen und Kunden verlassen sich jeden Tag auf unsere Arbeit.",
    "Wir setzen auf Vertrauen, klare Ziele und kurze Entscheidungswege.",
    "In den letzten Jahren sind wir stetig gewachsen und unabhängig geblieben.",
    "Zu unseren Kunden zählen kleine Betriebe ebenso wie internationale Konzerne.",
    "Nachhaltigkeit ist fester Bestandteil unserer Planung, unseres Einkaufs und unseres "
    "Betriebs.",
    "Als Familienunternehmen denken wir in Generationen, nicht in Quartalen.",
    "Seit {year} steht {company} für Qualität und Verlässlichkeit.",
)

TEAM: Final = (
    "Du arbeitest in einem kleinen, interdisziplinären Team, das seine Themen selbst "
    "verantwortet.",
    "Für die ersten Wochen bekommst du einen klaren Einarbeitungsplan.",
    "Wir planen gemeinsam und beschränken Meetings auf das Nötige.",
    "Das Team arbeitet eng mit anderen Abteilungen und Standorten zusammen.",
    "Unser Bewerbungsprozess hat drei Schritte: ein kurzes Telefonat, ein Gespräch mit dem "
    "Team und ein abschließendes Gespräch mit deiner Führungskraft.",
    "Nach jedem Schritt geben wir dir innerhalb weniger Tage Rückmeldung.",
    "Eine Patin oder ein Pate begleitet dich in den ersten Monaten.",
)

SKILL_LINES: Final = (
    "Erfahrung mit {skills}",
    "Sehr gute Kenntnisse in {skills}",
    "Praktische Erfahrung mit {skills}",
    "Sicherer Umgang mit {skills}",
    "Fundierte Kenntnisse in {skills}",
    "Du bringst Erfahrung mit {skills} mit",
)

PLUS_LINES: Final = (
    "Kenntnisse in {skills} sind von Vorteil",
    "Erfahrung mit {skills} ist ein Plus",
    "Idealerweise kennst du dich mit {skills} aus",
    "Erste Erfahrung mit {skills} wünschenswert",
)

NICE_LINES: Final = (
    "{skills}",
    "Erfahrung mit {skills}",
    "Kenntnisse in {skills}",
)

EXPERIENCE: Final = (
    "Mindestens {n} {years} Berufserfahrung",
    "{n}+ {years} Berufserfahrung in einer vergleichbaren Position",
    "Mehr als {n} {years} einschlägige Erfahrung",
    "Du hast mindestens {n} {years} Erfahrung im Beruf",
)

SOFT_SKILLS: Final = (
    "Strukturierte und selbstständige Arbeitsweise",
    "Teamfähigkeit und Kommunikationsstärke",
    "Zuverlässigkeit und Verantwortungsbewusstsein",
    "Freude an der Arbeit im Team",
    "Organisationstalent und Sorgfalt",
    "Belastbarkeit auch in stressigen Phasen",
    "Lernbereitschaft und Neugier",
    "Ausgeprägte Kundenorientierung",
    "Flexibilität und Offenheit für Neues",
)

LANGUAGE_LINES: Final = (
    "Sehr gute Deutschkenntnisse in Wort und Schrift",
    "Sehr gute Deutsch- und gute Englischkenntnisse",
    "Fließendes Deutsch (mindestens C1)",
)

BENEFITS: Final = (
    "30 Tage Urlaub",
    "Flexible Arbeitszeiten",
    "Betriebliche Altersvorsorge",
    "Zuschuss zum Deutschlandticket",
    "Jobrad-Leasing",
    "Individuelles Weiterbildungsbudget",
    "Moderne Arbeitsausstattung",
    "Firmenfitness",
    "Regelmäßige Teamevents und Sommerfest",
    "Kostenlose Getränke und frisches Obst",
    "Unbefristeter Arbeitsvertrag",
    "Attraktive Mitarbeiterrabatte",
    "Klare Entwicklungsperspektiven",
    "Strukturierte Einarbeitung",
    "Zuschläge für Nacht-, Sonn- und Feiertagsarbeit",
    "Gestellte Arbeitskleidung",
    "Kostenlose Parkplätze",
    "Vermögenswirksame Leistungen",
)

LEGAL: Final = (
    "{company} fördert Vielfalt und begrüßt Bewerbungen unabhängig von Geschlecht, "
    "Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie "
    "sexueller Orientierung und Identität.",
    "Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt "
    "berücksichtigt.",
    "Hinweise zur Verarbeitung deiner Daten findest du in unserer Datenschutzerklärung für "
    "Bewerbende.",
    "Bewerbungen über Personalvermittlungen ohne Auftrag können wir leider nicht "
    "berücksichtigen.",
)

APPLY: Final = (
    "Wir freuen uns auf deine Bewerbung mit Lebenslauf und frühestmöglichem Eintrittstermin.",
    "Bewirb dich ganz einfach über den Button – ein Anschreiben ist nicht nötig.",
    "Fragen beantwortet dir unser Recruiting-Team gerne.",
    "Bitte senden Sie uns Ihre vollständigen Unterlagen inklusive Gehaltsvorstellung.",
)

WORK_MODES: Final = {
    "remote": (
        "Die Stelle ist zu 100 % remote – du arbeitest von zu Hause ({country}).",
        "Du arbeitest vollständig remote; ein- bis zweimal im Jahr treffen wir uns als Team.",
        "Remote-Arbeit innerhalb von {country} ist ausdrücklich möglich, auch in Vollzeit.",
    ),
    "hybrid": (
        "Hybrides Arbeiten: {days} Tage pro Woche im Büro in {city}, den Rest im Home-Office.",
        "Wir arbeiten hybrid mit regelmäßigen Bürotagen in {city}.",
        "Mobiles Arbeiten ist an bis zu {days} Tagen pro Woche möglich.",
    ),
    "onsite": (
        "Die Tätigkeit erfolgt vor Ort in {city}.",
        "Einsatzort ist unser Standort in {city}; Home-Office ist in dieser Rolle nicht möglich.",
        "Du arbeitest in Präsenz an unserem Standort {city}.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Remote", "100 % Remote", "Remote ({country})", "Home-Office"),
    "hybrid": ("Hybrid", "Hybrid ({days} Tage Büro)", "Home-Office möglich"),
    "onsite": ("Vor Ort", "Präsenz ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Standort: {value}", "Arbeitsort: {value}", "Einsatzort: {value}"),
    "work_mode": ("Arbeitsmodell: {value}", "Arbeitsort: {value}"),
    "employment": ("Anstellungsart: {value}", "Vertragsart: {value}", "Arbeitszeit: {value}"),
    "salary": ("Gehalt: {value}", "Vergütung: {value}", "Jahresgehalt: {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("Vollzeit", "Vollzeit, unbefristet", "Festanstellung in Vollzeit"),
    "PART_TIME": ("Teilzeit", "Teilzeit (20–30 Stunden pro Woche)", "Teilzeit oder Minijob"),
    "CONTRACTOR": ("Freiberuflich", "Freelance-Projekt", "Freie Mitarbeit"),
    "TEMPORARY": ("Befristet", "Befristet auf 12 Monate", "Elternzeitvertretung, befristet"),
    "INTERN": ("Praktikum", "Pflichtpraktikum (6 Monate)", "Werkstudententätigkeit"),
}

EMPLOYMENT_LINES: Final = (
    "Anstellungsart: {employment}.",
    "Die Stelle ist zu besetzen in: {employment}.",
)

SALARY_LINES: Final = (
    "Das Gehalt liegt bei {salary}, abhängig von deiner Erfahrung.",
    "Wir bieten ein Gehalt von {salary}.",
    "Gehaltsspanne: {salary}",
    "Vergütung: {salary}",
)

TRAPS: Final = (
    "Erfahrung mit der Migration von On-Premise-Systemen in die Cloud",
    "Du betreust Cloud- und On-Premises-Installationen",
    "Gutes Verständnis hybrider Cloud-Architekturen",
    "Erfahrung mit Remote-Debugging und Monitoring-Werkzeugen",
)

SHORT_INTROS: Final = (
    "{company} sucht {title} in {city}.",
    "{title} gesucht – {city}.",
    "Neue Stelle bei {company}: {title} ({city}).",
)
# fmt: on


def _years(n: int) -> str:
    return "Jahr" if n == 1 else "Jahre"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "de"
GENDER_MARKS: Final = ("(m/w/d)", "(m/w/d)", "(m/w/d)", "(w/m/d)", "(m/f/d)", "(all genders)")
GENDER_RATE: Final = 0.85
YEAR_WORDS: Final = _years
AND_WORD: Final = "und"
