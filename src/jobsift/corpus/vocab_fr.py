"""French vocabulary for generated postings (France, Belgium, Switzerland, Québec)."""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Développeur Backend", "Ingénieur logiciel", "Développeur Java",
                          "Développeur Python", "Ingénieur développement"),
    "frontend_developer": ("Développeur Front-End", "Développeur web", "Intégrateur web"),
    "fullstack_developer": ("Développeur Full Stack", "Développeur Fullstack JavaScript"),
    "mobile_developer": ("Développeur mobile", "Développeur Android", "Développeur iOS"),
    "data_engineer": ("Data Engineer", "Ingénieur data", "Ingénieur Big Data"),
    "data_scientist": ("Data Scientist", "Data Scientist NLP"),
    "data_analyst": ("Data Analyst", "Analyste de données", "Analyste BI"),
    "devops_engineer": ("Ingénieur DevOps", "Ingénieur Cloud", "Administrateur systèmes Linux",
                        "Ingénieur SRE"),
    "qa_engineer": ("Testeur logiciel", "Ingénieur QA", "Ingénieur test et validation"),
    "product_manager": ("Product Manager", "Product Owner", "Chef de produit"),
    "ux_designer": ("UX Designer", "Designer UX/UI", "Product Designer"),
    "security_engineer": ("Ingénieur cybersécurité", "Analyste SOC",
                          "Ingénieur sécurité des systèmes d'information"),
    "embedded_engineer": ("Ingénieur logiciel embarqué", "Développeur C embarqué"),
    "it_support": ("Technicien support informatique", "Technicien helpdesk",
                   "Technicien de proximité"),
    "ml_engineer": ("Ingénieur Machine Learning", "ML Engineer", "Ingénieur IA"),
    "nurse": ("Infirmier", "Infirmier diplômé d'État", "Infirmier de bloc opératoire",
              "Infirmier en EHPAD"),
    "accountant": ("Comptable", "Comptable général", "Comptable fournisseurs"),
    "financial_analyst": ("Contrôleur de gestion", "Analyste financier"),
    "warehouse_worker": ("Préparateur de commandes", "Cariste", "Agent logistique",
                         "Magasinier"),
    "sales_representative": ("Commercial terrain", "Chargé d'affaires", "Business Developer",
                             "Technico-commercial"),
    "electrician": ("Électricien", "Électricien de maintenance", "Électricien bâtiment"),
    "teacher": ("Professeur des écoles", "Enseignant", "Professeur de mathématiques",
                "Professeur de français"),
    "customer_service": ("Conseiller clientèle", "Chargé de relation client",
                         "Téléconseiller"),
    "marketing_manager": ("Responsable marketing", "Chef de projet marketing digital",
                          "Growth Marketing Manager"),
    "hr_generalist": ("Chargé de ressources humaines", "HR Business Partner", "Gestionnaire RH"),
    "truck_driver": ("Chauffeur poids lourd", "Conducteur routier", "Chauffeur SPL",
                     "Chauffeur livreur"),
    "chef": ("Cuisinier", "Chef de partie", "Commis de cuisine", "Second de cuisine"),
    "mechanical_engineer": ("Ingénieur mécanique", "Ingénieur conception mécanique",
                            "Dessinateur projeteur"),
    "project_manager": ("Chef de projet", "Chef de projet IT", "Project Manager"),
    "office_assistant": ("Assistant administratif", "Assistant de direction",
                         "Secrétaire administratif"),
}

TASKS: Final = {
    "software_engineer": (
        "Concevoir, développer et maintenir les services au cœur de notre produit",
        "Écrire un code propre et testé, et relire celui de vos collègues",
        "Travailler avec le produit et le design pour livrer par petites itérations",
        "Améliorer les performances, la fiabilité et la supervision des systèmes existants",
        "Participer aux choix d'architecture",
    ),
    "frontend_developer": (
        "Développer des interfaces rapides et accessibles",
        "Transformer les maquettes en composants réutilisables avec nos designers",
        "Surveiller et améliorer les temps de chargement",
        "Faire vivre notre bibliothèque de composants et sa documentation",
    ),
    "fullstack_developer": (
        "Prendre en charge des fonctionnalités de la base de données à l'interface",
        "Concevoir des API simples à utiliser et à faire évoluer",
        "Échanger avec les clients et le support pour comprendre les vrais besoins",
        "Garder une base de code saine grâce aux revues, au refactoring et aux tests",
    ),
    "mobile_developer": (
        "Développer de nouvelles fonctionnalités pour nos applications mobiles",
        "Concevoir avec les designers des écrans fluides et intuitifs",
        "Analyser les crashs et les avis des stores pour améliorer l'application",
        "Gérer les mises en production, de la bêta à la publication",
    ),
    "data_engineer": (
        "Construire et maintenir des pipelines de données batch et temps réel",
        "Modéliser les données pour les équipes d'analyse et de data science",
        "Surveiller la qualité des données et corriger les problèmes à la source",
        "Documenter la plateforme data et en maîtriser les coûts",
    ),
    "data_scientist": (
        "Développer des modèles de prévision de la demande et de personnalisation",
        "Concevoir et analyser des expérimentations avec les équipes produit",
        "Transformer des questions ouvertes en analyses et recommandations claires",
        "Mettre les modèles en production avec les ingénieurs",
    ),
    "data_analyst": (
        "Construire les tableaux de bord et reportings utilisés au quotidien",
        "Répondre rapidement et de façon fiable aux questions des métiers",
        "Définir les indicateurs clés avec les équipes",
        "Détecter les tendances et les anomalies et en expliquer les causes",
    ),
    "devops_engineer": (
        "Construire et exploiter l'infrastructure de nos services",
        "Automatiser les déploiements et fiabiliser les mises en production",
        "Améliorer la supervision, les alertes et la gestion des incidents",
        "Accompagner les équipes de développement en production",
    ),
    "qa_engineer": (
        "Préparer et exécuter les campagnes de tests",
        "Développer et maintenir les tests automatisés",
        "Analyser les anomalies avec les développeurs",
        "Faire progresser la qualité sur l'ensemble du cycle de livraison",
    ),
    "product_manager": (
        "Porter la vision et la roadmap de votre périmètre",
        "Rencontrer régulièrement les utilisateurs et en tirer des priorités",
        "Livrer de la valeur par petites étapes avec les développeurs et les designers",
        "Définir les indicateurs de succès et suivre les résultats après chaque lancement",
    ),
    "ux_designer": (
        "Concevoir parcours utilisateurs, wireframes et maquettes finalisées",
        "Mener des entretiens et des tests avec de vrais utilisateurs",
        "Accompagner les projets avec le produit et les développeurs jusqu'à la mise en ligne",
        "Faire évoluer notre design system",
    ),
    "security_engineer": (
        "Surveiller les événements de sécurité et réagir aux incidents",
        "Réaliser les revues de sécurité des nouveaux services",
        "Piloter la gestion des vulnérabilités avec les équipes techniques",
        "Préparer les audits et tenir à jour les politiques de sécurité",
    ),
    "embedded_engineer": (
        "Développer le logiciel embarqué de nos produits, du prototype à la série",
        "Analyser les problèmes matériels et logiciels avec l'équipe électronique",
        "Écrire les tests unitaires et d'intégration",
        "Apporter un support technique à la production et au SAV",
    ),
    "it_support": (
        "Être le premier interlocuteur des collaborateurs pour toute question informatique",
        "Préparer postes, téléphones et comptes pour les nouveaux arrivants",
        "Résoudre les incidents matériels et logiciels sur site et à distance",
        "Tenir à jour l'inventaire et la documentation",
    ),
    "ml_engineer": (
        "Entraîner, évaluer et déployer des modèles de machine learning",
        "Construire les outils qui permettent à l'équipe d'expérimenter rapidement",
        "Surveiller les modèles en production et les réentraîner si nécessaire",
        "Transformer les prototypes de recherche en produits",
    ),
    "nurse": (
        "Assurer les soins infirmiers et la surveillance des patients",
        "Évaluer les besoins des patients et planifier les soins en équipe",
        "Accompagner les patients et leurs familles avec bienveillance",
        "Travailler en lien étroit avec les médecins et les équipes paramédicales",
        "Encadrer les étudiants et les nouveaux arrivants",
    ),
    "accountant": (
        "Assurer la tenue de la comptabilité et les rapprochements",
        "Participer aux clôtures mensuelles et annuelles",
        "Être l'interlocuteur des commissaires aux comptes et de l'expert-comptable",
        "Contribuer à l'amélioration des processus financiers",
    ),
    "financial_analyst": (
        "Produire le reporting mensuel et analyser les écarts au budget",
        "Participer à l'élaboration du budget et des reprévisions",
        "Évaluer les projets d'investissement",
        "Accompagner les opérationnels dans la lecture des chiffres",
    ),
    "warehouse_worker": (
        "Réceptionner, contrôler et ranger les marchandises",
        "Préparer et emballer les commandes clients",
        "Charger et décharger les camions en toute sécurité",
        "Participer aux inventaires",
        "Maintenir la zone de travail propre et rangée",
    ),
    "sales_representative": (
        "Prospecter et conquérir de nouveaux clients sur votre secteur",
        "Fidéliser et développer votre portefeuille clients",
        "Établir les offres, négocier et conclure les ventes",
        "Représenter l'entreprise sur les salons professionnels",
    ),
    "electrician": (
        "Installer, entretenir et dépanner les installations électriques",
        "Diagnostiquer rapidement les pannes pour limiter les arrêts",
        "Réaliser les contrôles réglementaires",
        "Rédiger les comptes rendus d'intervention",
    ),
    "teacher": (
        "Préparer et animer des cours adaptés à chaque classe",
        "Suivre la progression des élèves",
        "Travailler en lien avec les familles et l'équipe pédagogique",
        "Participer aux projets et à la vie de l'établissement",
    ),
    "customer_service": (
        "Répondre aux clients par téléphone, e-mail et chat",
        "Résoudre les demandes dès le premier contact",
        "Traiter les retours, remboursements et modifications de commande",
        "Faire remonter les retours clients aux équipes concernées",
    ),
    "marketing_manager": (
        "Piloter les campagnes sur l'ensemble des canaux",
        "Gérer le budget marketing et mesurer les résultats",
        "Générer des leads qualifiés avec l'équipe commerciale",
        "Coordonner les agences et les prestataires",
    ),
    "hr_generalist": (
        "Accompagner managers et salariés sur toutes les questions RH",
        "Gérer l'ensemble du cycle de vie des collaborateurs",
        "Rédiger contrats, avenants et attestations",
        "Participer à la construction des politiques RH",
    ),
    "truck_driver": (
        "Livrer les marchandises en toute sécurité et dans les délais",
        "Contrôler le véhicule avant et après chaque tournée",
        "Charger, décharger et arrimer les marchandises",
        "Remplir les documents de livraison",
    ),
    "chef": (
        "Préparer les plats selon les standards de la maison",
        "Participer à l'élaboration des cartes et des suggestions du jour",
        "Réceptionner les livraisons et gérer les stocks",
        "Respecter les règles d'hygiène",
        "Former les commis",
    ),
    "mechanical_engineer": (
        "Concevoir des pièces et des ensembles mécaniques, de l'avant-projet à la série",
        "Réaliser les calculs et les analyses de tolérances",
        "Travailler avec les fournisseurs et la production sur la fabricabilité",
        "Construire et tester les prototypes",
    ),
    "project_manager": (
        "Planifier les projets, définir les jalons et suivre l'avancement",
        "Coordonner les équipes internes, les clients et les fournisseurs",
        "Piloter le périmètre, le budget et le planning",
        "Rendre compte à la direction",
    ),
    "office_assistant": (
        "Assurer le bon fonctionnement administratif du bureau",
        "Gérer les agendas, les déplacements et les réunions",
        "Accueillir les visiteurs et gérer le courrier et le standard",
        "Commander les fournitures et suivre les prestataires",
    ),
}

OFFICE_TASKS: Final = (
    "Partager vos connaissances et aider les autres à progresser",
    "Documenter votre travail pour que d'autres puissent s'en servir",
    "Participer à la planification et à la priorisation",
    "Collaborer avec des équipes de plusieurs sites",
    "Proposer des améliorations de nos façons de travailler",
    "Tenir les parties prenantes informées de l'avancement",
    "Accompagner l'intégration des nouveaux arrivants",
)

TRADE_TASKS: Final = (
    "Respecter les consignes de sécurité",
    "Travailler au sein d'une équipe soudée",
    "Signaler les anomalies et proposer des améliorations",
    "Épauler vos collègues lors des pics d'activité",
    "Entretenir le matériel",
)

DEPARTMENTS: Final = {
    "engineering": "technique", "data": "Data", "platform": "des infrastructures",
    "quality": "qualité", "product": "produit", "design": "design",
    "security": "cybersécurité", "it": "informatique", "nursing": "des soins",
    "finance": "financier", "logistics": "logistique", "sales": "commercial",
    "maintenance": "maintenance", "education": "pédagogique",
    "customer_service": "service client", "marketing": "marketing",
    "hr": "des ressources humaines", "kitchen": "cuisine",
    "engineering_mech": "bureau d'études", "projects": "PMO", "office": "services généraux",
}

SENIORITY: Final = {
    "intern": ("Stagiaire {t}", "Stage – {t}", "{t} (stage)"),
    "junior": ("{t} Junior", "{t} junior", "Junior {t}"),
    "mid": ("{t} Confirmé", "{t} confirmé"),
    "senior": ("{t} Senior", "{t} senior", "Senior {t}"),
    "lead": ("Lead {t}", "{t} Lead", "Manager {d}", "Responsable {d}"),
    "principal": ("{t} Principal", "Staff {t}"),
    "executive": ("Directeur {d}", "Directrice {d}"),
}

HEADINGS: Final = {
    "responsibilities": ("Vos missions", "Missions", "Le poste", "Vos responsabilités",
                         "Description du poste"),
    "requirements": ("Votre profil", "Profil recherché", "Compétences requises", "Prérequis"),
    "nice_to_have": ("Atouts", "Serait un plus", "Compétences appréciées"),
    "benefits": ("Avantages", "Ce que nous offrons", "Nous offrons", "Pourquoi nous rejoindre"),
    "about": ("Qui sommes-nous ?", "À propos", "L'entreprise"),
    "legal": ("Diversité",),
    "apply": ("Candidature", "Postuler"),
}

INDUSTRIES: Final = {
    "software": "l'édition de logiciels", "ecommerce": "le commerce en ligne",
    "logistics": "la logistique", "healthcare": "la santé",
    "manufacturing": "l'industrie", "fintech": "la fintech", "retail": "la distribution",
    "energy": "l'énergie", "hospitality": "l'hôtellerie-restauration",
    "education": "l'éducation", "consulting": "le conseil", "automotive": "l'automobile",
    "food": "l'agroalimentaire",
}

INTROS: Final = (
    "{company} recrute un(e) {title} pour renforcer son équipe – poste basé à {city}.",
    "Dans le cadre de notre développement, nous recherchons un(e) {title} ({city}).",
    "Vous souhaitez rejoindre une équipe engagée ? {company} recrute un(e) {title} à {city}.",
    "Rejoignez {company} en tant que {title} et participez à notre croissance.",
    "Nous recherchons notre futur(e) {title} pour notre site de {city}.",
)

REMOTE_INTROS: Final = (
    "{company} recrute un(e) {title} en full remote.",
    "Nous recherchons un(e) {title} pour rejoindre notre équipe 100 % à distance.",
    "Rejoignez {company} en tant que {title}, depuis chez vous.",
)

AGENCY_INTROS: Final = (
    "Notre client, {company}, recherche un(e) {title} (lieu : {city}).",
    "Nous recrutons pour le compte de notre client {company}, acteur de {industry}, "
    "un(e) {title} – {city}.",
    "Pour {company}, notre client, nous recherchons un(e) {title} ({city}).",
)

ABOUT: Final = (
    "Depuis {year}, {company} est un acteur reconnu de {industry}.",
    "Nous comptons aujourd'hui environ {size} collaborateurs.",
    "Notre siège est à {hq} et nos équipes travaillent dans plusieurs pays.",
    "Des milliers de clients nous font confiance chaque jour.",
    "Nous croyons à la confiance, aux objectifs clairs et à l'autonomie.",
    "Nous avons grandi régulièrement ces dernières années tout en restant indépendants.",
    "Nos clients vont des petites entreprises locales aux grands groupes internationaux.",
    "La responsabilité sociale et environnementale guide nos choix au quotidien.",
    "Entreprise familiale, {company} s'inscrit dans le temps long.",
)

TEAM: Final = (
    "Vous rejoindrez une petite équipe pluridisciplinaire, autonome sur ses sujets.",
    "Un parcours d'intégration vous sera proposé dès votre arrivée.",
    "Nous planifions ensemble et limitons les réunions au nécessaire.",
    "L'équipe travaille en lien étroit avec les autres services et sites.",
    "Notre processus de recrutement comporte trois étapes : un appel, un entretien avec "
    "l'équipe et un échange final avec votre manager.",
    "Nous nous engageons à répondre à chaque candidature sous quelques jours.",
    "Un parrain ou une marraine vous accompagnera pendant vos premiers mois.",
)

SKILL_LINES: Final = (
    "Vous maîtrisez {skills}",
    "Expérience avec {skills}",
    "Bonne connaissance des outils suivants : {skills}",
    "Pratique confirmée : {skills}",
    "Vous avez déjà travaillé avec {skills}",
)

PLUS_LINES: Final = (
    "La connaissance de {skills} est un plus",
    "Une expérience avec {skills} serait appréciée",
    "Atout : {skills}",
)

NICE_LINES: Final = (
    "{skills}",
    "Expérience avec {skills}",
    "Connaissance de : {skills}",
)

EXPERIENCE: Final = (
    "Au moins {n} {years} d'expérience sur un poste similaire",
    "Vous justifiez d'une expérience de {n} {years} minimum",
    "{n} {years} d'expérience minimum",
    "Une première expérience de {n} {years} ou plus",
)

SOFT_SKILLS: Final = (
    "Rigueur et sens de l'organisation",
    "Esprit d'équipe et bon relationnel",
    "Autonomie et sens des responsabilités",
    "Capacité d'adaptation",
    "Curiosité et envie d'apprendre",
    "Orientation client",
    "Aisance à l'oral comme à l'écrit",
    "Gestion des priorités",
)

LANGUAGE_LINES: Final = (
    "Français courant, anglais professionnel",
    "Maîtrise du français à l'écrit comme à l'oral",
    "Anglais courant apprécié",
)

BENEFITS: Final = (
    "Tickets restaurant",
    "Mutuelle d'entreprise prise en charge à 60 %",
    "Prise en charge de 50 % du titre de transport",
    "RTT",
    "Intéressement et participation",
    "Horaires flexibles",
    "Plan de formation personnalisé",
    "Comité d'entreprise",
    "Matériel récent au choix",
    "Événements d'équipe réguliers",
    "Forfait mobilités durables",
    "Prime annuelle",
    "Parcours d'intégration structuré",
    "Primes de nuit et de week-end",
    "Tenues de travail fournies",
    "Parking gratuit",
)

LEGAL: Final = (
    "{company} est engagée en faveur de la diversité et de l'égalité des chances. Toutes nos "
    "offres sont ouvertes aux personnes en situation de handicap.",
    "Nous étudions toutes les candidatures sans distinction d'origine, de genre, d'âge, "
    "de religion ou d'orientation sexuelle.",
    "Vos données sont traitées uniquement dans le cadre du processus de recrutement.",
    "Les candidatures transmises par des cabinets sans mandat ne seront pas étudiées.",
)

APPLY: Final = (
    "Envoyez-nous votre CV, nous revenons vers vous sous deux semaines.",
    "Postulez en un clic, sans lettre de motivation.",
    "Une question ? Notre équipe recrutement vous répond volontiers.",
    "Vous vous reconnaissez dans ce profil ? Postulez !",
)

WORK_MODES: Final = {
    "remote": (
        "Poste en télétravail complet ({country}).",
        "Le poste est en full remote, avec un séminaire d'équipe deux fois par an.",
        "100 % télétravail possible.",
    ),
    "hybrid": (
        "Télétravail partiel : {days} jours par semaine au bureau à {city}, le reste à distance.",
        "Organisation hybride avec des jours de présence à {city}.",
        "Jusqu'à {days} jours de télétravail par semaine.",
    ),
    "onsite": (
        "Poste basé sur site à {city}.",
        "Le poste s'exerce en présentiel sur notre site de {city}.",
        "Travail sur site à {city}, le télétravail n'est pas possible sur ce poste.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Télétravail", "Full remote", "100 % télétravail"),
    "hybrid": ("Hybride", "Télétravail partiel", "Hybride ({days} jours sur site)"),
    "onsite": ("Sur site", "Présentiel ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Lieu : {value}", "Localisation : {value}"),
    "work_mode": ("Mode de travail : {value}", "Organisation : {value}"),
    "employment": ("Type de contrat : {value}", "Contrat : {value}"),
    "salary": ("Salaire : {value}", "Rémunération : {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("CDI", "CDI à temps plein", "Temps plein"),
    "PART_TIME": ("Temps partiel", "CDI à temps partiel (80 %)"),
    "CONTRACTOR": ("Freelance", "Mission freelance", "Indépendant"),
    "TEMPORARY": ("CDD", "CDD de 6 mois", "Intérim"),
    "INTERN": ("Stage", "Stage de 6 mois", "Stage de fin d'études"),
}

EMPLOYMENT_LINES: Final = (
    "Type de contrat : {employment}.",
    "Poste à pourvoir en {employment}.",
)

SALARY_LINES: Final = (
    "Rémunération : {salary}, selon expérience.",
    "Le salaire proposé est de {salary}.",
    "Salaire : {salary}",
)

TRAPS: Final = (
    "Expérience de migration d'infrastructures on-premise vers le cloud",
    "Vous intervenez sur des environnements cloud et on-premise",
    "Bonne compréhension des architectures cloud hybrides",
    "Maîtrise des outils de supervision et d'accès à distance",
)

SHORT_INTROS: Final = (
    "{company} recrute : {title} – {city}.",
    "Recherche {title} ({city}).",
    "Nouvelle offre chez {company} : {title}, {city}.",
)
# fmt: on


def _years(n: int) -> str:
    return "an" if n == 1 else "ans"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "fr"
GENDER_MARKS: Final = ("(H/F)", "(H/F)", "(F/H)", "H/F")
GENDER_RATE: Final = 0.6
YEAR_WORDS: Final = _years
AND_WORD: Final = "et"
