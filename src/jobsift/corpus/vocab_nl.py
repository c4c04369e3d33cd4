"""Dutch vocabulary for generated postings (the Netherlands and Flanders)."""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Software Developer", "Backend Developer", "Softwareontwikkelaar",
                          "Java Developer", "Software Engineer"),
    "frontend_developer": ("Front-end Developer", "Webontwikkelaar", "Frontend Developer"),
    "fullstack_developer": ("Full Stack Developer", "Fullstack Ontwikkelaar"),
    "mobile_developer": ("App Developer", "Android Developer", "iOS Developer"),
    "data_engineer": ("Data Engineer",),
    "data_scientist": ("Data Scientist",),
    "data_analyst": ("Data Analist", "BI Specialist", "Data Analyst"),
    "devops_engineer": ("DevOps Engineer", "Cloud Engineer", "Systeembeheerder Linux"),
    "qa_engineer": ("Software Tester", "Test Engineer", "QA Engineer"),
    "product_manager": ("Product Owner", "Product Manager"),
    "ux_designer": ("UX Designer", "UX/UI Designer", "Product Designer"),
    "security_engineer": ("Security Engineer", "Security Specialist", "SOC Analist"),
    "embedded_engineer": ("Embedded Software Engineer", "Firmware Engineer"),
    "it_support": ("Servicedesk Medewerker", "ICT Support Medewerker", "Systeembeheerder"),
    "ml_engineer": ("Machine Learning Engineer", "AI Engineer"),
    "nurse": ("Verpleegkundige", "Verpleegkundige Interne Geneeskunde",
              "Wijkverpleegkundige", "IC-verpleegkundige"),
    "accountant": ("Boekhouder", "Financieel Administratief Medewerker",
                   "Medewerker Financiële Administratie"),
    "financial_analyst": ("Financial Analyst", "Business Controller", "Financieel Analist"),
    "warehouse_worker": ("Magazijnmedewerker", "Orderpicker", "Heftruckchauffeur",
                         "Logistiek Medewerker"),
    "sales_representative": ("Accountmanager", "Vertegenwoordiger", "Sales Medewerker",
                             "Buitendienst Medewerker"),
    "electrician": ("Elektricien", "Elektromonteur", "Monteur Elektrotechniek"),
    "teacher": ("Docent", "Leerkracht Basisonderwijs", "Docent Wiskunde", "Docent Engels"),
    "customer_service": ("Klantenservice Medewerker", "Customer Service Medewerker",
                         "Medewerker Klantcontact"),
    "marketing_manager": ("Marketing Manager", "Online Marketeer", "Marketingmanager"),
    "hr_generalist": ("HR Adviseur", "HR Medewerker", "HR Business Partner"),
    "truck_driver": ("Vrachtwagenchauffeur", "Chauffeur CE", "Bezorger"),
    "chef": ("Kok", "Zelfstandig Werkend Kok", "Leerling Kok", "Sous-chef"),
    "mechanical_engineer": ("Werktuigbouwkundig Engineer", "Constructeur",
                            "Mechanical Engineer"),
    "project_manager": ("Projectleider", "Projectmanager", "IT Projectleider"),
    "office_assistant": ("Office Manager", "Administratief Medewerker", "Secretaresse",
                         "Receptionist"),
}

TASKS: Final = {
    "software_engineer": (
        "Je ontwerpt, bouwt en onderhoudt de services achter ons product",
        "Je schrijft nette, geteste code en reviewt de code van je collega's",
        "Samen met product en design lever je in kleine stappen op",
        "Je verbetert prestaties, betrouwbaarheid en monitoring van bestaande systemen",
        "Je denkt mee over de architectuur",
    ),
    "frontend_developer": (
        "Je bouwt snelle en toegankelijke interfaces",
        "Je zet ontwerpen samen met onze designers om in herbruikbare componenten",
        "Je houdt laadtijden in de gaten en verbetert ze",
        "Je onderhoudt onze componentenbibliotheek en de documentatie",
    ),
    "fullstack_developer": (
        "Je bent verantwoordelijk voor features van database tot interface",
        "Je ontwerpt API's die makkelijk te gebruiken en aan te passen zijn",
        "Je werkt samen met klanten en support om echte problemen te begrijpen",
        "Je houdt de codebase gezond met reviews, refactoring en tests",
    ),
    "mobile_developer": (
        "Je ontwikkelt nieuwe functies voor onze apps",
        "Je maakt samen met designers vloeiende en intuïtieve schermen",
        "Je analyseert crashes en reviews in de app stores",
        "Je verzorgt releases van bèta tot publicatie",
    ),
    "data_engineer": (
        "Je bouwt en onderhoudt betrouwbare batch- en streaming-pipelines",
        "Je modelleert data zodat analisten en data scientists erop kunnen vertrouwen",
        "Je bewaakt de datakwaliteit en lost fouten bij de bron op",
        "Je documenteert het dataplatform en houdt de kosten in de hand",
    ),
    "data_scientist": (
        "Je ontwikkelt modellen voor vraagvoorspelling en personalisatie",
        "Je ontwerpt en analyseert experimenten met de productteams",
        "Je vertaalt open vragen naar heldere analyses en adviezen",
        "Je brengt modellen samen met engineers in productie",
    ),
    "data_analyst": (
        "Je bouwt dashboards en rapportages die dagelijks worden gebruikt",
        "Je beantwoordt vragen uit de organisatie snel en betrouwbaar met data",
        "Je definieert kerncijfers samen met de afdelingen",
        "Je signaleert trends en afwijkingen en verklaart ze",
    ),
    "devops_engineer": (
        "Je bouwt en beheert de infrastructuur van onze services",
        "Je automatiseert deployments en maakt releases veilig",
        "Je verbetert monitoring, alerting en incidentafhandeling",
        "Je ondersteunt ontwikkelteams bij het beheer van hun services",
    ),
    "qa_engineer": (
        "Je plant en voert tests uit voor nieuwe releases",
        "Je bouwt en onderhoudt geautomatiseerde tests",
        "Je zoekt samen met developers de oorzaak van bugs",
        "Je verbetert de kwaliteit in het hele ontwikkelproces",
    ),
    "product_manager": (
        "Je bent eigenaar van de visie en roadmap van jouw productgebied",
        "Je spreekt regelmatig met klanten en vertaalt dat naar prioriteiten",
        "Je levert samen met development en design in kleine stappen waarde op",
        "Je bepaalt succescriteria en volgt de resultaten na de lancering",
    ),
    "ux_designer": (
        "Je ontwerpt user flows, wireframes en uitgewerkte schermen",
        "Je voert interviews en tests uit met echte gebruikers",
        "Je begeleidt ideeën samen met product en development tot aan de release",
        "Je ontwikkelt ons designsysteem verder",
    ),
    "security_engineer": (
        "Je monitort beveiligingsmeldingen en reageert op incidenten",
        "Je beoordeelt nieuwe services op beveiligingsrisico's",
        "Je stuurt het kwetsbaarhedenbeheer aan met de ontwikkelteams",
        "Je bereidt audits voor en houdt beleid actueel",
    ),
    "embedded_engineer": (
        "Je ontwikkelt firmware voor onze apparaten, van prototype tot serie",
        "Je analyseert hardware- en softwareproblemen met het elektronicateam",
        "Je schrijft unit- en integratietests",
        "Je ondersteunt productie en service bij technische vragen",
    ),
    "it_support": (
        "Je bent het eerste aanspreekpunt voor alle ICT-vragen",
        "Je richt laptops, telefoons en accounts in voor nieuwe collega's",
        "Je lost hardware- en softwareproblemen op, op locatie en op afstand",
        "Je houdt inventaris en documentatie bij",
    ),
    "ml_engineer": (
        "Je traint, evalueert en deployt machine learning-modellen",
        "Je bouwt tooling waarmee het team snel kan experimenteren",
        "Je bewaakt modellen in productie en traint ze opnieuw waar nodig",
        "Je maakt samen met onderzoekers producten van prototypes",
    ),
    "nurse": (
        "Je verleent verpleegkundige zorg aan patiënten op de afdeling",
        "Je stelt de zorgbehoefte vast en plant de zorg in het team",
        "Je ondersteunt patiënten en hun naasten met aandacht",
        "Je werkt nauw samen met artsen en paramedici",
        "Je begeleidt leerlingen en nieuwe collega's",
    ),
    "accountant": (
        "Je verzorgt de dagelijkse boekhouding en aansluitingen",
        "Je werkt mee aan maand- en jaarafsluitingen",
        "Je bent aanspreekpunt voor de accountant en de belastingadviseur",
        "Je denkt mee over het verbeteren van financiële processen",
    ),
    "financial_analyst": (
        "Je stelt maandrapportages op en analyseert afwijkingen van het budget",
        "Je ondersteunt de begroting en forecasts",
        "Je beoordeelt investeringsvoorstellen",
        "Je helpt afdelingen de cijfers te begrijpen",
    ),
    "warehouse_worker": (
        "Ontvangen, controleren en opslaan van goederen",
        "Orders verzamelen en inpakken",
        "Laden en lossen van vrachtwagens",
        "Meewerken aan inventarisaties",
        "Het magazijn netjes en veilig houden",
    ),
    "sales_representative": (
        "Je werft nieuwe klanten in jouw regio",
        "Je onderhoudt en versterkt de relatie met bestaande klanten",
        "Je maakt offertes, onderhandelt en sluit deals",
        "Je vertegenwoordigt ons op beurzen en evenementen",
    ),
    "electrician": (
        "Installeren, onderhouden en repareren van elektrische installaties",
        "Snel storingen opsporen en verhelpen",
        "Uitvoeren van inspecties volgens de geldende normen",
        "Vastleggen van uitgevoerde werkzaamheden",
    ),
    "teacher": (
        "Je bereidt lessen voor en geeft ze met enthousiasme",
        "Je volgt de ontwikkeling van je leerlingen",
        "Je werkt samen met ouders en collega's",
        "Je draagt bij aan projecten en activiteiten op school",
    ),
    "customer_service": (
        "Je helpt klanten telefonisch, per e-mail en via chat",
        "Je lost vragen zoveel mogelijk in één keer op",
        "Je verwerkt retouren, terugbetalingen en orderwijzigingen",
        "Je geeft klantfeedback door aan andere afdelingen",
    ),
    "marketing_manager": (
        "Je plant en voert campagnes uit via alle kanalen",
        "Je beheert het marketingbudget en meet de resultaten",
        "Je genereert samen met sales gekwalificeerde leads",
        "Je stuurt bureaus en freelancers aan",
    ),
    "hr_generalist": (
        "Je adviseert leidinggevenden en medewerkers over alle HR-vragen",
        "Je begeleidt de hele employee journey, van instroom tot uitstroom",
        "Je stelt contracten en HR-documenten op",
        "Je denkt mee over HR-beleid",
    ),
    "truck_driver": (
        "Veilig en op tijd vervoeren en afleveren van goederen",
        "Controle van het voertuig voor en na elke rit",
        "Laden, lossen en zekeren van de lading",
        "Invullen van vrachtpapieren",
    ),
    "chef": (
        "Je bereidt gerechten volgens onze standaard",
        "Je denkt mee over de menukaart en dagspecials",
        "Je neemt leveringen aan en beheert de voorraad",
        "Je werkt volgens de hygiëneregels",
        "Je begeleidt leerling-koks",
    ),
    "mechanical_engineer": (
        "Je ontwerpt onderdelen en samenstellingen van concept tot serie",
        "Je voert berekeningen en tolerantieanalyses uit",
        "Je stemt maakbaarheid af met leveranciers en productie",
        "Je bouwt en test prototypes",
    ),
    "project_manager": (
        "Je plant projecten, bepaalt mijlpalen en bewaakt de voortgang",
        "Je coördineert interne teams, klanten en leveranciers",
        "Je stuurt op scope, budget en planning",
        "Je rapporteert aan de directie",
    ),
    "office_assistant": (
        "Je zorgt dat het kantoor soepel draait",
        "Je beheert agenda's, reizen en vergaderingen",
        "Je ontvangt bezoekers en handelt post en telefoon af",
        "Je bestelt kantoorartikelen en onderhoudt contact met leveranciers",
    ),
}

OFFICE_TASKS: Final = (
    "Je deelt je kennis en helpt anderen groeien",
    "Je documenteert je werk zodat anderen erop kunnen voortbouwen",
    "Je denkt mee over planning en prioriteiten",
    "Je werkt samen met teams op andere locaties",
    "Je zoekt continu naar verbeteringen",
    "Je houdt belanghebbenden op de hoogte van de voortgang",
)

TRADE_TASKS: Final = (
    "Werken volgens de veiligheidsvoorschriften",
    "Samenwerken in een hecht team",
    "Storingen melden en verbeteringen voorstellen",
    "Collega's helpen tijdens drukke periodes",
    "Zorgvuldig omgaan met materiaal",
)

DEPARTMENTS: Final = {
    "engineering": "Engineering", "data": "Data", "platform": "Platform", "quality": "QA",
    "product": "Product", "design": "Design", "security": "Security", "it": "ICT",
    "nursing": "Verpleging", "finance": "Finance", "logistics": "Logistiek",
    "sales": "Sales", "maintenance": "Onderhoud", "education": "Onderwijs",
    "customer_service": "Klantenservice", "marketing": "Marketing", "hr": "HR",
    "kitchen": "Keuken", "engineering_mech": "Engineering", "projects": "Projecten",
    "office": "Secretariaat",
}

SENIORITY: Final = {
    "intern": ("Stagiair {t}", "Stage {t}", "Stagiair {d}", "Afstudeerstage {d}"),
    "junior": ("Junior {t}",),
    "mid": ("Medior {t}",),
    "senior": ("Senior {t}",),
    "lead": ("Lead {t}", "Teamleider {d}", "Teamlead {d}"),
    "principal": ("Principal {t}",),
    "executive": ("Head of {d}", "Hoofd {d}", "Manager {d}"),
}

HEADINGS: Final = {
    "responsibilities": ("Taken", "Jouw taken", "Wat ga je doen?", "Functieomschrijving",
                         "De functie"),
    "requirements": ("Functie-eisen", "Wat vragen wij?", "Jouw profiel", "Wat breng je mee?",
                     "Wie ben jij?"),
    "nice_to_have": ("Een pré", "Pluspunten"),
    "benefits": ("Wat bieden wij?", "Wij bieden", "Arbeidsvoorwaarden"),
    "about": ("Over ons", "Wie zijn wij?", "Het bedrijf"),
    "legal": ("Diversiteit",),
    "apply": ("Solliciteren", "Interesse?"),
}

INDUSTRIES: Final = {
    "software": "de softwarebranche", "ecommerce": "de e-commerce",
    "logistics": "de logistiek", "healthcare": "de zorg", "manufacturing": "de maakindustrie",
    "fintech": "de financiële sector", "retail": "de retail", "energy": "de energiesector",
    "hospitality": "de horeca", "education": "het onderwijs", "consulting": "de consultancy",
    "automotive": "de automotive", "food": "de voedingsindustrie",
}

INTROS: Final = (
    "Voor ons team in {city} zoeken wij een {title}.",
    "{company} is op zoek naar een {title} – standplaats {city}.",
    "Wil jij als {title} echt het verschil maken? Kom werken bij {company}.",
    "Ter versterking van ons team zoeken wij per direct een {title} ({city}).",
    "Word {title} bij {company} en groei met ons mee.",
)

REMOTE_INTROS: Final = (
    "{company} zoekt een {title} die volledig op afstand werkt.",
    "Wij zoeken een {title} voor ons remote team.",
    "Word {title} bij {company} en werk vanaf de plek waar jij het best werkt.",
)

AGENCY_INTROS: Final = (
    "Voor onze opdrachtgever {company} zoeken wij een {title} (standplaats: {city}).",
    "Onze opdrachtgever {company}, actief in {industry}, zoekt een {title} – {city}.",
    "Namens {company} zijn wij op zoek naar een {title} ({city}).",
)

ABOUT: Final = (
    "{company} is sinds {year} actief in {industry}.",
    "Vandaag werken er zo'n {size} mensen bij ons.",
    "Ons hoofdkantoor staat in {hq}; onze teams werken in meerdere landen.",
    "Duizenden klanten vertrouwen dagelijks op ons.",
    "Wij geloven in vertrouwen, heldere doelen en ruimte voor eigen initiatief.",
    "De afgelopen jaren zijn we gestaag gegroeid en onafhankelijk gebleven.",
    "Onze klanten variëren van lokale ondernemers tot internationale concerns.",
    "Duurzaamheid speelt een rol in alles wat we doen.",
    "Als familiebedrijf denken wij op de lange termijn.",
)

TEAM: Final = (
    "Je komt in een klein, multidisciplinair team dat zelf verantwoordelijk is voor zijn werk.",
    "Voor je eerste weken krijg je een duidelijk inwerkplan.",
    "We plannen samen en houden vergaderingen tot het nodige beperkt.",
    "Het team werkt nauw samen met andere afdelingen en vestigingen.",
    "Onze sollicitatieprocedure bestaat uit drie stappen: een kort belletje, een gesprek met "
    "het team en een eindgesprek met je leidinggevende.",
    "We reageren binnen enkele dagen op elke sollicitatie.",
)

SKILL_LINES: Final = (
    "Ervaring met {skills}",
    "Goede kennis van {skills}",
    "Praktijkervaring met {skills}",
    "Je bent bekend met {skills}",
    "Aantoonbare ervaring met {skills}",
)

PLUS_LINES: Final = (
    "Ervaring met {skills} is een pré",
    "Kennis van {skills} is een pluspunt",
    "Bekendheid met {skills} is mooi meegenomen",
)

NICE_LINES: Final = (
    "{skills}",
    "Ervaring met {skills}",
    "Kennis van {skills}",
)

EXPERIENCE: Final = (
    "Minimaal {n} {years} werkervaring",
    "Je hebt minimaal {n} {years} ervaring in een vergelijkbare functie",
    "{n}+ {years} relevante werkervaring",
    "Ten minste {n} {years} ervaring",
)

SOFT_SKILLS: Final = (
    "Je werkt gestructureerd en zelfstandig",
    "Je bent een echte teamspeler",
    "Betrouwbaar en verantwoordelijk",
    "Klantgericht",
    "Leergierig en nieuwsgierig",
    "Stressbestendig",
    "Flexibel en open voor verandering",
    "Nauwkeurig",
)

LANGUAGE_LINES: Final = (
    "Uitstekende beheersing van de Nederlandse taal",
    "Goede kennis van Nederlands en Engels",
    "Vloeiend Engels",
)

BENEFITS: Final = (
    "25 vakantiedagen bij een fulltime dienstverband",
    "8% vakantiegeld",
    "Goede pensioenregeling",
    "Reiskostenvergoeding",
    "Persoonlijk opleidingsbudget",
    "Flexibele werktijden",
    "Een leaseauto",
    "Moderne werkplek en laptop",
    "Fiets van de zaak",
    "Gezellige teamuitjes",
    "Dertiende maand",
    "Doorgroeimogelijkheden",
    "Uitgebreid inwerkprogramma",
    "Onregelmatigheidstoeslag",
    "Werkkleding",
    "Gratis parkeren",
)

LEGAL: Final = (
    "{company} is een inclusieve werkgever en verwelkomt sollicitaties van iedereen, ongeacht "
    "afkomst, geslacht, leeftijd, religie, geaardheid of beperking.",
    "Een referentiecheck en een VOG maken deel uit van de procedure.",
    "Je gegevens gebruiken we alleen voor deze sollicitatieprocedure.",
    "Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.",
)

APPLY: Final = (
    "Stuur je cv; je hoort binnen twee weken van ons.",
    "Solliciteer met één klik, een motivatiebrief is niet nodig.",
    "Vragen? Ons recruitmentteam helpt je graag.",
    "Herken jij jezelf hierin? Solliciteer direct!",
)

WORK_MODES: Final = {
    "remote": (
        "Je werkt volledig thuis ({country}).",
        "Deze functie is 100% remote; twee keer per jaar komen we als team samen.",
        "Volledig thuiswerken is mogelijk.",
    ),
    "hybrid": (
        "Hybride werken: {days} dagen per week op kantoor in {city}, de rest thuis.",
        "We werken hybride, met vaste kantoordagen in {city}.",
        "Je kunt {days} dagen per week thuiswerken.",
    ),
    "onsite": (
        "Je werkt op locatie in {city}.",
        "Deze functie is op kantoor in {city}; thuiswerken is niet mogelijk.",
        "Je werkt vanuit ons kantoor in {city}, vijf dagen per week.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Remote", "Volledig thuiswerken", "Remote ({country})"),
    "hybrid": ("Hybride", "Hybride ({days} dagen op kantoor)", "Deels thuiswerken"),
    "onsite": ("Op locatie", "Op kantoor ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Standplaats: {value}", "Locatie: {value}", "Werklocatie: {value}"),
    "work_mode": ("Werkvorm: {value}", "Werkplek: {value}"),
    "employment": ("Dienstverband: {value}", "Contract: {value}", "Uren: {value}"),
    "salary": ("Salaris: {value}", "Salarisindicatie: {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("Fulltime", "Fulltime (40 uur)", "Vast dienstverband, fulltime"),
    "PART_TIME": ("Parttime", "Parttime (24-32 uur)"),
    "CONTRACTOR": ("Freelance", "ZZP-opdracht", "Interim"),
    "TEMPORARY": ("Tijdelijk", "Tijdelijk contract (1 jaar)", "Uitzendbasis"),
    "INTERN": ("Stage", "Meewerkstage (5 maanden)"),
}

EMPLOYMENT_LINES: Final = (
    "Dienstverband: {employment}.",
    "Het betreft een functie: {employment}.",
)

SALARY_LINES: Final = (
    "Het salaris bedraagt {salary}, afhankelijk van ervaring.",
    "Wij bieden {salary}.",
    "Salarisindicatie: {salary}",
)

TRAPS: Final = (
    "Ervaring met het migreren van on-premise systemen naar de cloud",
    "Je beheert zowel cloud- als on-premise omgevingen",
    "Kennis van hybride cloudarchitecturen",
    "Ervaring met remote debugging en monitoringtools",
)

SHORT_INTROS: Final = (
    "{company} zoekt een {title} in {city}.",
    "Gezocht: {title} ({city}).",
    "Vacature bij {company}: {title}, {city}.",
)
# fmt: on


def _years(n: int) -> str:
    return "jaar"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "nl"
GENDER_MARKS: Final = ("(m/v/x)", "(m/v)", "(v/m/x)", "(m/v/x)")
GENDER_RATE: Final = 0.35
YEAR_WORDS: Final = _years
AND_WORD: Final = "en"
