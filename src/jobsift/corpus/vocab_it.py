"""Italian vocabulary for generated postings (Italy and Ticino)."""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Sviluppatore Backend", "Software Engineer", "Sviluppatore Java",
                          "Programmatore Python", "Ingegnere del Software"),
    "frontend_developer": ("Sviluppatore Front-end", "Sviluppatore Web", "Frontend Developer"),
    "fullstack_developer": ("Sviluppatore Full Stack", "Full Stack Developer"),
    "mobile_developer": ("Sviluppatore Mobile", "Sviluppatore Android", "Sviluppatore iOS"),
    "data_engineer": ("Data Engineer", "Ingegnere dei Dati"),
    "data_scientist": ("Data Scientist",),
    "data_analyst": ("Data Analyst", "Analista Dati", "Analista BI"),
    "devops_engineer": ("DevOps Engineer", "Cloud Engineer", "Sistemista Linux"),
    "qa_engineer": ("Tester Software", "QA Engineer", "Test Automation Engineer"),
    "product_manager": ("Product Manager", "Product Owner"),
    "ux_designer": ("UX Designer", "UX/UI Designer", "Product Designer"),
    "security_engineer": ("Cyber Security Specialist", "Security Engineer", "Analista SOC"),
    "embedded_engineer": ("Sviluppatore Firmware", "Ingegnere Software Embedded"),
    "it_support": ("Tecnico Help Desk", "Tecnico IT", "Sistemista"),
    "ml_engineer": ("Machine Learning Engineer", "Ingegnere Intelligenza Artificiale"),
    "nurse": ("Infermiere", "Infermiere di Sala Operatoria", "Infermiere per RSA",
              "Infermiere Professionale"),
    "accountant": ("Contabile", "Impiegato Amministrativo Contabile", "Addetto alla Contabilità"),
    "financial_analyst": ("Analista Finanziario", "Controller", "Financial Analyst"),
    "warehouse_worker": ("Magazziniere", "Addetto al Magazzino", "Carrellista",
                         "Addetto al Picking"),
    "sales_representative": ("Agente di Commercio", "Commerciale", "Account Manager",
                             "Venditore"),
    "electrician": ("Elettricista", "Manutentore Elettrico", "Elettricista Industriale"),
    "teacher": ("Docente", "Insegnante di Scuola Primaria", "Insegnante di Matematica",
                "Docente di Inglese"),
    "customer_service": ("Operatore Customer Care", "Addetto al Servizio Clienti",
                         "Operatore Call Center"),
    "marketing_manager": ("Marketing Manager", "Responsabile Marketing",
                          "Digital Marketing Specialist"),
    "hr_generalist": ("HR Generalist", "Addetto alle Risorse Umane", "HR Business Partner"),
    "truck_driver": ("Autista Patente CE", "Autista Camion", "Autista Consegne"),
    "chef": ("Cuoco", "Aiuto Cuoco", "Capo Partita", "Chef"),
    "mechanical_engineer": ("Ingegnere Meccanico", "Progettista Meccanico",
                            "Disegnatore Tecnico"),
    "project_manager": ("Project Manager", "Responsabile di Progetto", "IT Project Manager"),
    "office_assistant": ("Impiegato Amministrativo", "Segretario", "Receptionist",
                         "Assistente di Direzione"),
}

TASKS: Final = {
    "software_engineer": (
        "Progettare, sviluppare e mantenere i servizi del nostro prodotto",
        "Scrivere codice pulito e testato e partecipare alle code review",
        "Collaborare con prodotto e design per rilasci piccoli e frequenti",
        "Migliorare prestazioni, affidabilità e monitoraggio dei sistemi",
        "Contribuire alle scelte di architettura",
    ),
    "frontend_developer": (
        "Sviluppare interfacce veloci e accessibili",
        "Trasformare i mockup in componenti riutilizzabili con il team di design",
        "Monitorare e migliorare i tempi di caricamento",
        "Curare la libreria di componenti e la sua documentazione",
    ),
    "fullstack_developer": (
        "Seguire le funzionalità dal database all'interfaccia",
        "Progettare API semplici da usare e da evolvere",
        "Confrontarti con clienti e supporto per capire i problemi reali",
        "Mantenere il codice sano con revisioni, refactoring e test",
    ),
    "mobile_developer": (
        "Sviluppare nuove funzionalità per le nostre app",
        "Realizzare schermate fluide e intuitive con i designer",
        "Analizzare crash e recensioni degli store",
        "Gestire i rilasci, dalla beta alla pubblicazione",
    ),
    "data_engineer": (
        "Costruire e mantenere pipeline di dati batch e in tempo reale",
        "Modellare i dati per i team di analisi e data science",
        "Monitorare la qualità del dato e correggere i problemi alla fonte",
        "Documentare la piattaforma dati e tenerne sotto controllo i costi",
    ),
    "data_scientist": (
        "Sviluppare modelli di previsione della domanda e di personalizzazione",
        "Progettare e analizzare esperimenti con i team di prodotto",
        "Trasformare domande aperte in analisi e raccomandazioni chiare",
        "Portare i modelli in produzione insieme agli ingegneri",
    ),
    "data_analyst": (
        "Realizzare dashboard e report usati ogni giorno",
        "Rispondere con i dati alle domande del business",
        "Definire gli indicatori chiave con le funzioni aziendali",
        "Individuare trend e anomalie e spiegarne le cause",
    ),
    "devops_engineer": (
        "Costruire e gestire l'infrastruttura dei nostri servizi",
        "Automatizzare i rilasci e renderli sicuri",
        "Migliorare monitoraggio, alert e gestione degli incidenti",
        "Supportare i team di sviluppo nella gestione dei servizi",
    ),
    "qa_engineer": (
        "Pianificare ed eseguire i test di ogni rilascio",
        "Sviluppare e mantenere test automatici",
        "Analizzare i difetti con gli sviluppatori",
        "Promuovere la qualità in tutto il processo di rilascio",
    ),
    "product_manager": (
        "Definire la visione e la roadmap della tua area",
        "Parlare regolarmente con gli utenti e trasformarlo in priorità",
        "Rilasciare valore a piccoli passi con sviluppo e design",
        "Definire le metriche di successo e seguirne i risultati",
    ),
    "ux_designer": (
        "Progettare flussi utente, wireframe e schermate finali",
        "Condurre interviste e test con utenti reali",
        "Seguire i progetti con prodotto e sviluppo fino al rilascio",
        "Far evolvere il nostro design system",
    ),
    "security_engineer": (
        "Monitorare gli eventi di sicurezza e rispondere agli incidenti",
        "Eseguire revisioni di sicurezza dei nuovi servizi",
        "Gestire le vulnerabilità con i team tecnici",
        "Preparare gli audit e aggiornare le policy",
    ),
    "embedded_engineer": (
        "Sviluppare il firmware dei nostri dispositivi, dal prototipo alla serie",
        "Analizzare problemi hardware e software con il team di elettronica",
        "Scrivere test unitari e di integrazione",
        "Supportare produzione e assistenza tecnica",
    ),
    "it_support": (
        "Essere il primo punto di contatto per le richieste IT",
        "Preparare PC, telefoni e account per i nuovi colleghi",
        "Risolvere problemi hardware e software in sede e da remoto",
        "Aggiornare inventario e documentazione",
    ),
    "ml_engineer": (
        "Addestrare, valutare e rilasciare modelli di machine learning",
        "Costruire strumenti per sperimentare rapidamente",
        "Monitorare i modelli in produzione e riaddestrarli quando serve",
        "Trasformare i prototipi di ricerca in prodotti",
    ),
    "nurse": (
        "Garantire l'assistenza infermieristica ai pazienti del reparto",
        "Valutare i bisogni dei pazienti e pianificare l'assistenza",
        "Sostenere pazienti e familiari con empatia",
        "Collaborare con medici e personale sanitario",
        "Affiancare studenti e nuovi colleghi",
    ),
    "accountant": (
        "Gestire la contabilità generale e le riconciliazioni",
        "Partecipare alle chiusure mensili e annuali",
        "Interfacciarsi con revisori e commercialisti",
        "Contribuire al miglioramento dei processi amministrativi",
    ),
    "financial_analyst": (
        "Preparare il reporting mensile e analizzare gli scostamenti",
        "Supportare budget e forecast",
        "Valutare progetti di investimento",
        "Aiutare le funzioni aziendali a leggere i numeri",
    ),
    "warehouse_worker": (
        "Ricevimento, controllo e stoccaggio della merce",
        "Preparazione e imballaggio degli ordini",
        "Carico e scarico dei mezzi",
        "Partecipazione agli inventari",
        "Ordine e pulizia del magazzino",
    ),
    "sales_representative": (
        "Sviluppare nuovi clienti nella zona assegnata",
        "Gestire e far crescere il portafoglio clienti",
        "Preparare offerte, negoziare e chiudere contratti",
        "Rappresentare l'azienda a fiere ed eventi",
    ),
    "electrician": (
        "Installazione, manutenzione e riparazione di impianti elettrici",
        "Diagnosi e risoluzione dei guasti",
        "Verifiche periodiche secondo normativa",
        "Compilazione dei rapportini di intervento",
    ),
    "teacher": (
        "Progettare e svolgere le lezioni",
        "Seguire i progressi degli studenti",
        "Collaborare con famiglie e colleghi",
        "Partecipare ai progetti della scuola",
    ),
    "customer_service": (
        "Assistere i clienti al telefono, via email e chat",
        "Risolvere le richieste al primo contatto",
        "Gestire resi, rimborsi e modifiche agli ordini",
        "Riportare i feedback dei clienti agli altri reparti",
    ),
    "marketing_manager": (
        "Pianificare e gestire campagne su tutti i canali",
        "Gestire il budget marketing e misurare i risultati",
        "Generare lead qualificati con il team commerciale",
        "Coordinare agenzie e fornitori",
    ),
    "hr_generalist": (
        "Supportare manager e dipendenti su tutte le tematiche HR",
        "Gestire l'intero ciclo di vita del dipendente",
        "Predisporre contratti e documentazione del personale",
        "Contribuire alle politiche HR",
    ),
    "truck_driver": (
        "Trasporto e consegna della merce in sicurezza e nei tempi previsti",
        "Controllo del mezzo prima e dopo ogni viaggio",
        "Carico, scarico e fissaggio della merce",
        "Compilazione dei documenti di trasporto",
    ),
    "chef": (
        "Preparare i piatti secondo gli standard del ristorante",
        "Partecipare alla creazione del menù e dei piatti del giorno",
        "Ricevere le forniture e gestire le scorte",
        "Rispettare le norme igieniche",
        "Formare gli aiuto cuochi",
    ),
    "mechanical_engineer": (
        "Progettare componenti e gruppi meccanici",
        "Eseguire calcoli e analisi delle tolleranze",
        "Collaborare con fornitori e produzione",
        "Realizzare e testare prototipi",
    ),
    "project_manager": (
        "Pianificare i progetti e monitorarne l'avanzamento",
        "Coordinare team interni, clienti e fornitori",
        "Gestire perimetro, budget e tempi",
        "Riferire alla direzione",
    ),
    "office_assistant": (
        "Gestione delle attività amministrative d'ufficio",
        "Organizzazione di agende, trasferte e riunioni",
        "Accoglienza visitatori, centralino e posta",
        "Ordini di cancelleria e rapporti con i fornitori",
    ),
}

OFFICE_TASKS: Final = (
    "Condividere le tue conoscenze con il team",
    "Documentare il tuo lavoro",
    "Partecipare alla pianificazione e alla definizione delle priorità",
    "Collaborare con team di più sedi",
    "Proporre miglioramenti al nostro modo di lavorare",
    "Tenere aggiornati gli stakeholder",
)

TRADE_TASKS: Final = (
    "Rispetto delle norme di sicurezza",
    "Lavoro in squadra",
    "Segnalazione di anomalie e proposte di miglioramento",
    "Supporto ai colleghi nei periodi di picco",
    "Cura delle attrezzature",
)

DEPARTMENTS: Final = {
    "engineering": "Sviluppo Software", "data": "Dati", "platform": "Infrastruttura",
    "quality": "Qualità", "product": "Prodotto", "design": "Design",
    "security": "Sicurezza Informatica", "it": "IT", "nursing": "Infermieristico",
    "finance": "Amministrazione e Finanza", "logistics": "Logistica", "sales": "Commerciale",
    "maintenance": "Manutenzione", "education": "Didattica",
    "customer_service": "Customer Service", "marketing": "Marketing",
    "hr": "Risorse Umane", "kitchen": "Cucina", "engineering_mech": "Ufficio Tecnico",
    "projects": "Progetti", "office": "Segreteria",
}

SENIORITY: Final = {
    "intern": ("Stagista {t}", "Stage – {t}", "Tirocinio {d}", "Stage {d}"),
    "junior": ("{t} Junior", "Junior {t}"),
    "senior": ("{t} Senior", "Senior {t}"),
    "lead": ("Team Leader {t}", "Lead {t}", "Responsabile {d}", "Capo Reparto {d}"),
    "principal": ("Principal {t}",),
    "executive": ("Direttore {d}", "Head of {d}"),
}

HEADINGS: Final = {
    "responsibilities": ("Responsabilità", "Mansioni", "Le tue responsabilità", "Cosa farai",
                         "Il ruolo"),
    "requirements": ("Requisiti", "Requisiti richiesti", "Il tuo profilo", "Cosa cerchiamo",
                     "Competenze richieste"),
    "nice_to_have": ("Costituisce un plus", "Preferibile", "Requisiti preferenziali"),
    "benefits": ("Offriamo", "Cosa offriamo", "Vantaggi"),
    "about": ("Chi siamo", "L'azienda"),
    "legal": ("Pari opportunità",),
    "apply": ("Come candidarsi",),
}

INDUSTRIES: Final = {
    "software": "del software", "ecommerce": "dell'e-commerce", "logistics": "della logistica",
    "healthcare": "sanitario", "manufacturing": "manifatturiero", "fintech": "fintech",
    "retail": "della grande distribuzione", "energy": "energetico",
    "hospitality": "alberghiero e della ristorazione", "education": "dell'istruzione",
    "consulting": "della consulenza", "automotive": "automotive", "food": "alimentare",
}

INTROS: Final = (
    "{company} ricerca un/una {title} da inserire nel proprio team di {city}.",
    "Per la sede di {city} cerchiamo un/una {title}.",
    "Vuoi crescere con noi? {company} cerca {title} – sede di {city}.",
    "Entra in {company} come {title}.",
    "Siamo alla ricerca di un/una {title} per la nostra sede ({city}).",
)

REMOTE_INTROS: Final = (
    "{company} ricerca un/una {title} full remote.",
    "Cerchiamo un/una {title} per il nostro team che lavora interamente da remoto.",
    "Entra in {company} come {title} e lavora da dove preferisci.",
)

AGENCY_INTROS: Final = (
    "Il nostro cliente, {company}, ricerca un/una {title} (sede: {city}).",
    "Per {company}, azienda del settore {industry}, selezioniamo un/una {title} – {city}.",
    "Per conto di {company} cerchiamo {title} ({city}).",
)

ABOUT: Final = (
    "Dal {year}, {company} è un punto di riferimento nel settore {industry}.",
    "Oggi contiamo circa {size} collaboratori.",
    "La nostra sede principale è a {hq} e i nostri team lavorano in diversi paesi.",
    "Ogni giorno migliaia di clienti si affidano a noi.",
    "Crediamo nella fiducia, negli obiettivi chiari e nell'autonomia.",
    "Negli ultimi anni siamo cresciuti in modo costante, restando indipendenti.",
    "Lavoriamo con piccole imprese locali e grandi gruppi internazionali.",
    "La sostenibilità guida le nostre scelte quotidiane.",
    "Siamo un'azienda familiare che guarda al lungo periodo.",
)

TEAM: Final = (
    "Entrerai in un team piccolo e multidisciplinare, autonomo sui propri progetti.",
    "Avrai un piano di inserimento chiaro per le prime settimane.",
    "Pianifichiamo insieme e limitiamo le riunioni allo stretto necessario.",
    "Il team collabora ogni giorno con altre funzioni e sedi.",
    "Il processo di selezione prevede tre fasi: una telefonata, un colloquio con il team e "
    "un incontro finale con il responsabile.",
    "Diamo un riscontro a tutte le candidature entro pochi giorni.",
)

SKILL_LINES: Final = (
    "Esperienza con {skills}",
    "Ottima conoscenza di {skills}",
    "Esperienza pratica nell'uso di {skills}",
    "Padronanza di {skills}",
    "Conoscenza approfondita di {skills}",
)

PLUS_LINES: Final = (
    "Costituisce un plus la conoscenza di {skills}",
    "Gradita esperienza con {skills}",
    "Preferibile conoscenza di {skills}",
)

NICE_LINES: Final = (
    "{skills}",
    "Esperienza con {skills}",
    "Conoscenza di {skills}",
)

EXPERIENCE: Final = (
    "Almeno {n} {years} di esperienza in un ruolo analogo",
    "Esperienza di almeno {n} {years}",
    "{n}+ {years} di esperienza professionale",
    "Esperienza pregressa di {n} {years} nella mansione",
)

SOFT_SKILLS: Final = (
    "Capacità organizzative",
    "Attitudine al lavoro in team",
    "Autonomia e proattività",
    "Orientamento al cliente",
    "Voglia di imparare",
    "Capacità di lavorare sotto pressione",
    "Flessibilità",
    "Precisione e attenzione ai dettagli",
)

LANGUAGE_LINES: Final = (
    "Buona conoscenza della lingua inglese",
    "Ottima padronanza della lingua italiana",
    "Inglese fluente",
)

BENEFITS: Final = (
    "Contratto a tempo indeterminato",
    "Buoni pasto",
    "Welfare aziendale",
    "Assicurazione sanitaria integrativa",
    "Orario flessibile",
    "Percorsi di formazione",
    "Premio di risultato",
    "Strumenti di lavoro all'avanguardia",
    "Eventi aziendali",
    "Percorso di crescita",
    "Affiancamento iniziale",
    "Maggiorazioni per turni notturni e festivi",
    "Divisa fornita",
    "Parcheggio aziendale",
)

LEGAL: Final = (
    "{company} garantisce pari opportunità e valuta candidature senza distinzione di genere, "
    "età, origine, religione, orientamento sessuale o disabilità.",
    "La ricerca è rivolta a candidati di entrambi i sessi.",
    "I dati saranno trattati esclusivamente ai fini della selezione.",
    "Non accettiamo candidature da agenzie senza accordo preventivo.",
)

APPLY: Final = (
    "Invia il tuo CV: ti risponderemo entro due settimane.",
    "Candidati con un clic, senza lettera di presentazione.",
    "Domande? Il nostro team di selezione è a disposizione.",
    "Se ti riconosci in questo profilo, candidati!",
)

WORK_MODES: Final = {
    "remote": (
        "Lavoro completamente da remoto ({country}).",
        "Posizione full remote, con incontri di team due volte l'anno.",
        "Possibilità di lavoro da remoto al 100%.",
    ),
    "hybrid": (
        "Modalità ibrida: {days} giorni a settimana in ufficio a {city}, il resto da remoto.",
        "Lavoro ibrido con giorni in sede a {city}.",
        "Possibilità di lavoro da remoto per {days} giorni a settimana.",
    ),
    "onsite": (
        "Lavoro in sede a {city}.",
        "Posizione in presenza presso la sede di {city}.",
        "L'attività si svolge in sede ({city}); non è previsto lavoro da remoto.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Full remote", "Lavoro da remoto", "Da remoto ({country})"),
    "hybrid": ("Ibrido", "Ibrido ({days} giorni in sede)"),
    "onsite": ("In sede", "In presenza ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Sede di lavoro: {value}", "Luogo di lavoro: {value}"),
    "work_mode": ("Modalità di lavoro: {value}", "Modalità: {value}"),
    "employment": ("Tipo di contratto: {value}", "Contratto: {value}"),
    "salary": ("Retribuzione: {value}", "RAL: {value}", "Compenso: {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("Tempo pieno", "Tempo indeterminato, full time", "Full time"),
    "PART_TIME": ("Part-time", "Part-time 24 ore settimanali"),
    "CONTRACTOR": ("Partita IVA", "Collaborazione a partita IVA", "Libera professione"),
    "TEMPORARY": ("Tempo determinato", "Contratto a tempo determinato di 12 mesi",
                  "Sostituzione maternità"),
    "INTERN": ("Stage", "Tirocinio extracurriculare di 6 mesi"),
}

EMPLOYMENT_LINES: Final = (
    "Tipo di contratto: {employment}.",
    "Inquadramento: {employment}.",
)

SALARY_LINES: Final = (
    "Retribuzione: {salary}, commisurata all'esperienza.",
    "Offriamo {salary}.",
    "Range retributivo: {salary}",
)

TRAPS: Final = (
    "Esperienza nella migrazione di sistemi on-premise verso il cloud",
    "Gestirai ambienti cloud e on-premise",
    "Conoscenza delle architetture cloud ibride",
    "Familiarità con strumenti di debug e monitoraggio da remoto",
)

SHORT_INTROS: Final = (
    "{company} cerca {title} – {city}.",
    "Cercasi {title} ({city}).",
    "Nuova posizione in {company}: {title}, {city}.",
)
# fmt: on


def _years(n: int) -> str:
    return "anno" if n == 1 else "anni"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "it"
GENDER_MARKS: Final = ("(m/f)", "(f/m)", "(m/f/x)")
GENDER_RATE: Final = 0.3
YEAR_WORDS: Final = _years
AND_WORD: Final = "e"
