"""Spanish vocabulary for generated postings (Spain)."""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Desarrollador/a Backend", "Ingeniero/a de Software",
                          "Programador/a Java", "Desarrollador/a Python"),
    "frontend_developer": ("Desarrollador/a Frontend", "Desarrollador/a Web",
                           "Maquetador/a Web"),
    "fullstack_developer": ("Desarrollador/a Full Stack", "Programador/a Fullstack"),
    "mobile_developer": ("Desarrollador/a Móvil", "Desarrollador/a Android",
                         "Desarrollador/a iOS"),
    "data_engineer": ("Data Engineer", "Ingeniero/a de Datos"),
    "data_scientist": ("Data Scientist", "Científico/a de Datos"),
    "data_analyst": ("Analista de Datos", "Data Analyst", "Analista BI"),
    "devops_engineer": ("Ingeniero/a DevOps", "Ingeniero/a Cloud", "Administrador/a de Sistemas"),
    "qa_engineer": ("Tester", "Ingeniero/a QA", "QA Automation"),
    "product_manager": ("Product Manager", "Product Owner", "Responsable de Producto"),
    "ux_designer": ("Diseñador/a UX/UI", "UX Designer", "Diseñador/a de Producto"),
    "security_engineer": ("Ingeniero/a de Ciberseguridad", "Analista de Seguridad",
                          "Analista SOC"),
    "embedded_engineer": ("Ingeniero/a de Software Embebido", "Desarrollador/a Firmware"),
    "it_support": ("Técnico/a de Soporte IT", "Técnico/a Helpdesk",
                   "Técnico/a de Sistemas"),
    "ml_engineer": ("Ingeniero/a de Machine Learning", "ML Engineer", "Ingeniero/a de IA"),
    "nurse": ("Enfermero/a", "Enfermero/a de Quirófano", "Enfermero/a de UCI",
              "Enfermero/a para Residencia"),
    "accountant": ("Contable", "Técnico/a Contable", "Administrativo/a Contable"),
    "financial_analyst": ("Analista Financiero/a", "Controller Financiero/a"),
    "warehouse_worker": ("Mozo/a de Almacén", "Preparador/a de Pedidos", "Carretillero/a",
                         "Operario/a de Almacén"),
    "sales_representative": ("Comercial", "Comercial de Zona", "Ejecutivo/a de Cuentas",
                             "Técnico/a Comercial"),
    "electrician": ("Electricista", "Electricista de Mantenimiento", "Oficial Electricista"),
    "teacher": ("Profesor/a", "Maestro/a de Primaria", "Profesor/a de Matemáticas",
                "Profesor/a de Inglés"),
    "customer_service": ("Agente de Atención al Cliente", "Teleoperador/a",
                         "Gestor/a de Atención al Cliente"),
    "marketing_manager": ("Responsable de Marketing", "Marketing Manager",
                          "Especialista en Marketing Digital"),
    "hr_generalist": ("Técnico/a de Recursos Humanos", "HR Business Partner",
                      "Generalista de RRHH"),
    "truck_driver": ("Conductor/a de Camión", "Chófer C+E", "Conductor/a Repartidor/a"),
    "chef": ("Cocinero/a", "Jefe/a de Partida", "Ayudante de Cocina", "Segundo/a de Cocina"),
    "mechanical_engineer": ("Ingeniero/a Mecánico/a", "Ingeniero/a de Diseño Mecánico",
                            "Delineante Proyectista"),
    "project_manager": ("Project Manager", "Jefe/a de Proyecto", "Gestor/a de Proyectos IT"),
    "office_assistant": ("Administrativo/a", "Auxiliar Administrativo/a",
                         "Asistente de Dirección", "Recepcionista"),
}

TASKS: Final = {
    "software_engineer": (
        "Diseñar, desarrollar y mantener los servicios de nuestro producto principal",
        "Escribir código limpio y testeado, y revisar el código del equipo",
        "Trabajar con producto y diseño para entregar en pequeños incrementos",
        "Mejorar el rendimiento, la fiabilidad y la monitorización de los sistemas",
        "Participar en las decisiones de arquitectura",
    ),
    "frontend_developer": (
        "Desarrollar interfaces rápidas y accesibles",
        "Convertir los diseños en componentes reutilizables junto al equipo de diseño",
        "Vigilar y mejorar los tiempos de carga",
        "Mantener nuestra librería de componentes y su documentación",
    ),
    "fullstack_developer": (
        "Encargarte de funcionalidades completas, de la base de datos a la interfaz",
        "Diseñar APIs fáciles de usar y de evolucionar",
        "Colaborar con clientes y soporte para entender los problemas reales",
        "Mantener sano el código con revisiones, refactorización y tests",
    ),
    "mobile_developer": (
        "Desarrollar nuevas funcionalidades para nuestras apps",
        "Crear pantallas fluidas e intuitivas junto al equipo de diseño",
        "Analizar cierres inesperados y valoraciones de las tiendas de apps",
        "Gestionar las publicaciones, desde la beta hasta la versión final",
    ),
    "data_engineer": (
        "Construir y mantener pipelines de datos batch y en tiempo real",
        "Modelar los datos para los equipos de analítica y ciencia de datos",
        "Vigilar la calidad del dato y corregir los problemas en origen",
        "Documentar la plataforma de datos y controlar sus costes",
    ),
    "data_scientist": (
        "Desarrollar modelos de previsión de demanda y personalización",
        "Diseñar y analizar experimentos con los equipos de producto",
        "Convertir preguntas abiertas en análisis y recomendaciones claras",
        "Llevar los modelos a producción junto a ingeniería",
    ),
    "data_analyst": (
        "Crear cuadros de mando e informes de uso diario",
        "Responder con datos a las preguntas de negocio",
        "Definir indicadores clave con las distintas áreas",
        "Detectar tendencias y anomalías y explicar sus causas",
    ),
    "devops_engineer": (
        "Construir y operar la infraestructura de nuestros servicios",
        "Automatizar los despliegues y hacerlos seguros",
        "Mejorar la monitorización, las alertas y la gestión de incidencias",
        "Ayudar a los equipos de desarrollo a operar sus servicios",
    ),
    "qa_engineer": (
        "Planificar y ejecutar las pruebas de cada versión",
        "Desarrollar y mantener pruebas automatizadas",
        "Analizar incidencias junto al equipo de desarrollo",
        "Impulsar la calidad en todo el proceso de entrega",
    ),
    "product_manager": (
        "Definir la visión y el roadmap de tu área",
        "Hablar con usuarios de forma regular y convertirlo en prioridades",
        "Entregar valor en pequeños pasos junto a desarrollo y diseño",
        "Definir métricas de éxito y seguir los resultados tras cada lanzamiento",
    ),
    "ux_designer": (
        "Diseñar flujos de usuario, wireframes y pantallas finales",
        "Realizar entrevistas y pruebas con usuarios reales",
        "Acompañar los proyectos con producto y desarrollo hasta su lanzamiento",
        "Evolucionar nuestro sistema de diseño",
    ),
    "security_engineer": (
        "Monitorizar eventos de seguridad y responder a incidentes",
        "Revisar la seguridad de nuevos servicios",
        "Coordinar la gestión de vulnerabilidades con los equipos técnicos",
        "Preparar auditorías y mantener actualizadas las políticas",
    ),
    "embedded_engineer": (
        "Desarrollar el firmware de nuestros equipos, del prototipo a la serie",
        "Depurar problemas de hardware y software con el equipo de electrónica",
        "Escribir pruebas unitarias y de integración",
        "Dar soporte técnico a producción y servicio técnico",
    ),
    "it_support": (
        "Ser el primer punto de contacto para las incidencias informáticas",
        "Preparar equipos, móviles y cuentas para las nuevas incorporaciones",
        "Resolver incidencias de hardware y software en persona y en remoto",
        "Mantener el inventario y la documentación",
    ),
    "ml_engineer": (
        "Entrenar, evaluar y desplegar modelos de machine learning",
        "Construir herramientas para experimentar con rapidez",
        "Supervisar los modelos en producción y reentrenarlos cuando haga falta",
        "Convertir prototipos de investigación en producto",
    ),
    "nurse": (
        "Prestar cuidados de enfermería de calidad a los pacientes",
        "Valorar las necesidades de cada paciente y planificar sus cuidados",
        "Acompañar a pacientes y familias con empatía",
        "Colaborar con el equipo médico y el resto de profesionales",
        "Formar a estudiantes en prácticas",
    ),
    "accountant": (
        "Llevar la contabilidad diaria y las conciliaciones",
        "Participar en los cierres mensuales y anuales",
        "Coordinarte con auditores y asesores fiscales",
        "Colaborar en la mejora de los procesos financieros",
    ),
    "financial_analyst": (
        "Elaborar el reporting mensual y analizar las desviaciones",
        "Participar en el presupuesto anual y en los forecasts",
        "Evaluar proyectos de inversión",
        "Ayudar a las áreas de negocio a entender sus cifras",
    ),
    "warehouse_worker": (
        "Recepción, control y ubicación de mercancía",
        "Preparación y embalaje de pedidos",
        "Carga y descarga de camiones",
        "Participación en los inventarios",
        "Mantener el orden y la limpieza del almacén",
    ),
    "sales_representative": (
        "Captar nuevos clientes en tu zona",
        "Fidelizar y hacer crecer la cartera de clientes",
        "Preparar ofertas, negociar y cerrar ventas",
        "Representar a la empresa en ferias y eventos",
    ),
    "electrician": (
        "Instalación, mantenimiento y reparación de instalaciones eléctricas",
        "Diagnóstico y resolución de averías",
        "Realización de revisiones según la normativa",
        "Elaboración de partes de trabajo",
    ),
    "teacher": (
        "Preparar e impartir clases adaptadas a cada grupo",
        "Hacer seguimiento del progreso del alumnado",
        "Colaborar con las familias y el claustro",
        "Participar en los proyectos del centro",
    ),
    "customer_service": (
        "Atender a los clientes por teléfono, correo y chat",
        "Resolver las consultas en el primer contacto",
        "Gestionar devoluciones, reembolsos y cambios de pedido",
        "Trasladar el feedback de los clientes a otros equipos",
    ),
    "marketing_manager": (
        "Planificar y lanzar campañas en todos los canales",
        "Gestionar el presupuesto de marketing y medir resultados",
        "Generar leads cualificados junto al equipo comercial",
        "Coordinar agencias y colaboradores externos",
    ),
    "hr_generalist": (
        "Acompañar a mandos y empleados en cualquier consulta de personas",
        "Gestionar todo el ciclo de vida del empleado",
        "Preparar contratos, certificados y documentación laboral",
        "Participar en el diseño de políticas de personas",
    ),
    "truck_driver": (
        "Transporte y entrega de mercancía de forma segura y puntual",
        "Revisión del vehículo antes y después de cada ruta",
        "Carga, descarga y sujeción de la mercancía",
        "Cumplimentación de albaranes y documentación de transporte",
    ),
    "chef": (
        "Elaboración de platos según los estándares de la casa",
        "Participación en la creación de cartas y sugerencias",
        "Recepción de mercancía y control de stock",
        "Cumplimiento de las normas de higiene",
        "Formación de ayudantes",
    ),
    "mechanical_engineer": (
        "Diseñar piezas y conjuntos mecánicos, del concepto a la serie",
        "Realizar cálculos y análisis de tolerancias",
        "Trabajar con proveedores y producción la fabricabilidad",
        "Construir y probar prototipos",
    ),
    "project_manager": (
        "Planificar proyectos, hitos y seguimiento",
        "Coordinar equipos internos, clientes y proveedores",
        "Controlar alcance, presupuesto y plazos",
        "Reportar a dirección",
    ),
    "office_assistant": (
        "Gestión administrativa diaria de la oficina",
        "Gestión de agendas, viajes y reuniones",
        "Atención a visitas, centralita y correo",
        "Pedidos de material y relación con proveedores",
    ),
}

OFFICE_TASKS: Final = (
    "Compartir conocimiento y ayudar a crecer a otras personas",
    "Documentar tu trabajo para que otros puedan aprovecharlo",
    "Participar en la planificación y la priorización",
    "Colaborar con equipos de distintas sedes",
    "Proponer mejoras en nuestra forma de trabajar",
    "Mantener informadas a las partes interesadas",
)

TRADE_TASKS: Final = (
    "Cumplir las normas de prevención de riesgos laborales",
    "Trabajar en un equipo unido",
    "Comunicar incidencias y proponer mejoras",
    "Apoyar a los compañeros en los picos de trabajo",
    "Cuidar el material de trabajo",
)

DEPARTMENTS: Final = {
    "engineering": "Ingeniería", "data": "Datos", "platform": "Plataforma",
    "quality": "Calidad", "product": "Producto", "design": "Diseño",
    "security": "Ciberseguridad", "it": "Sistemas", "nursing": "Enfermería",
    "finance": "Finanzas", "logistics": "Logística", "sales": "Ventas",
    "maintenance": "Mantenimiento", "education": "Estudios",
    "customer_service": "Atención al Cliente", "marketing": "Marketing",
    "hr": "Recursos Humanos", "kitchen": "Cocina", "engineering_mech": "Oficina Técnica",
    "projects": "Proyectos", "office": "Administración",
}

SENIORITY: Final = {
    "intern": ("Becario/a {t}", "Prácticas – {t}", "{t} (Becario/a)", "Becario/a de {d}"),
    "junior": ("{t} Junior", "{t} Jr."),
    "senior": ("{t} Senior", "{t} Sr.", "Sr. {t}"),
    "lead": ("{t} Lead", "Team Lead {t}", "Responsable de {d}", "Jefe/a de Equipo de {d}"),
    "principal": ("{t} Principal", "Staff {t}"),
    "executive": ("Director/a de {d}", "Head of {d}"),
}

HEADINGS: Final = {
    "responsibilities": ("Responsabilidades", "Funciones", "Tus funciones", "¿Qué harás?",
                         "El puesto"),
    "requirements": ("Requisitos", "Requisitos mínimos", "¿Qué buscamos?", "Tu perfil"),
    "nice_to_have": ("Se valorará", "Valorable", "Requisitos deseables"),
    "benefits": ("Ofrecemos", "¿Qué ofrecemos?", "Beneficios"),
    "about": ("Sobre nosotros", "¿Quiénes somos?", "La empresa"),
    "legal": ("Igualdad de oportunidades",),
    "apply": ("Candidatura", "¿Cómo aplicar?"),
}

INDUSTRIES: Final = {
    "software": "el desarrollo de software", "ecommerce": "el comercio electrónico",
    "logistics": "la logística", "healthcare": "la sanidad", "manufacturing": "la industria",
    "fintech": "los servicios financieros", "retail": "la distribución",
    "energy": "la energía", "hospitality": "la hostelería", "education": "la educación",
    "consulting": "la consultoría", "automotive": "la automoción",
    "food": "la alimentación",
}

INTROS: Final = (
    "En {company} buscamos {title} para incorporarse a nuestro equipo en {city}.",
    "¿Quieres unirte a un equipo en crecimiento? Buscamos {title} en {city}.",
    "{company} precisa incorporar {title} para su centro de {city}.",
    "Únete a {company} como {title} y crece con nosotros.",
    "Seleccionamos {title} para nuestra sede de {city}.",
)

REMOTE_INTROS: Final = (
    "En {company} buscamos {title} en remoto.",
    "Buscamos {title} para un equipo que trabaja 100 % en remoto.",
    "Únete a {company} como {title} y trabaja desde donde quieras.",
)

AGENCY_INTROS: Final = (
    "Nuestro cliente, {company}, busca {title} (ubicación: {city}).",
    "Para importante empresa del sector, {company}, seleccionamos {title} – {city}.",
    "Por encargo de {company}, empresa dedicada a {industry}, buscamos {title} ({city}).",
)

ABOUT: Final = (
    "Desde {year}, {company} es una referencia en {industry}.",
    "Hoy somos un equipo de unas {size} personas.",
    "Nuestra sede central está en {hq} y trabajamos en varios países.",
    "Miles de clientes confían en nosotros cada día.",
    "Creemos en la confianza, los objetivos claros y la autonomía.",
    "Hemos crecido de forma constante en los últimos años sin perder nuestra independencia.",
    "Trabajamos tanto con pequeños negocios locales como con grandes grupos internacionales.",
    "La sostenibilidad forma parte de cada decisión que tomamos.",
    "Somos una empresa familiar que piensa a largo plazo.",
)

TEAM: Final = (
    "Te unirás a un equipo pequeño y multidisciplinar, con autonomía sobre su trabajo.",
    "Tendrás un plan de acogida claro para tus primeras semanas.",
    "Planificamos juntos y reducimos las reuniones a lo necesario.",
    "El equipo colabora a diario con otros departamentos y oficinas.",
    "Nuestro proceso de selección tiene tres fases: una llamada, una entrevista con el equipo "
    "y una reunión final con tu responsable.",
    "Respondemos a todas las candidaturas en pocos días.",
)

SKILL_LINES: Final = (
    "Experiencia con {skills}",
    "Conocimientos sólidos de {skills}",
    "Experiencia práctica en {skills}",
    "Dominio de {skills}",
    "Manejo de {skills}",
)

PLUS_LINES: Final = (
    "Se valorará experiencia con {skills}",
    "Valorable: {skills}",
    "Conocimientos de {skills} serán un plus",
)

NICE_LINES: Final = (
    "{skills}",
    "Experiencia con {skills}",
    "Conocimientos de {skills}",
)

EXPERIENCE: Final = (
    "Experiencia mínima de {n} {years} en un puesto similar",
    "Al menos {n} {years} de experiencia",
    "{n}+ {years} de experiencia profesional",
    "Experiencia demostrable de {n} {years} o más",
)

SOFT_SKILLS: Final = (
    "Capacidad de organización y planificación",
    "Trabajo en equipo y buena comunicación",
    "Autonomía y proactividad",
    "Orientación al cliente",
    "Ganas de aprender",
    "Capacidad para trabajar bajo presión",
    "Flexibilidad y adaptación al cambio",
    "Atención al detalle",
)

LANGUAGE_LINES: Final = (
    "Nivel alto de inglés",
    "Español nativo o bilingüe",
    "Inglés B2 o superior",
)

BENEFITS: Final = (
    "Contrato indefinido",
    "Seguro médico privado",
    "Retribución flexible (ticket restaurante, transporte, guardería)",
    "Jornada intensiva en verano",
    "Horario flexible de entrada y salida",
    "Formación continua a cargo de la empresa",
    "23 días laborables de vacaciones",
    "Equipo informático de primer nivel",
    "Eventos de equipo",
    "Fruta y café gratis",
    "Plan de carrera",
    "Plan de acogida",
    "Pluses de nocturnidad y festivos",
    "Ropa de trabajo",
    "Parking gratuito",
)

LEGAL: Final = (
    "{company} garantiza la igualdad de oportunidades y la no discriminación por razón de "
    "género, origen, edad, religión, orientación sexual o discapacidad.",
    "Animamos a presentar su candidatura a personas con certificado de discapacidad.",
    "Tus datos se tratarán únicamente para este proceso de selección.",
    "No aceptamos candidaturas de agencias sin acuerdo previo.",
)

APPLY: Final = (
    "Envíanos tu CV y te responderemos en un plazo de dos semanas.",
    "Inscríbete con un clic, sin carta de presentación.",
    "¿Tienes dudas? Nuestro equipo de selección te ayudará.",
    "Si encajas con el perfil, ¡esperamos tu candidatura!",
)

WORK_MODES: Final = {
    "remote": (
        "Teletrabajo 100 % ({country}).",
        "Puesto en remoto, con encuentros de equipo un par de veces al año.",
        "Trabajo 100 % en remoto.",
    ),
    "hybrid": (
        "Modalidad híbrida: {days} días a la semana en la oficina de {city} y el resto en remoto.",
        "Trabajo híbrido con días de oficina en {city}.",
        "Posibilidad de teletrabajo {days} días por semana.",
    ),
    "onsite": (
        "Trabajo presencial en {city}.",
        "Puesto 100 % presencial en nuestro centro de {city}.",
        "Incorporación presencial en {city}; este puesto no permite teletrabajo.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Remoto", "Teletrabajo", "100 % remoto"),
    "hybrid": ("Híbrido", "Híbrido ({days} días en oficina)"),
    "onsite": ("Presencial", "Presencial ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Ubicación: {value}", "Lugar de trabajo: {value}"),
    "work_mode": ("Modalidad: {value}", "Modalidad de trabajo: {value}"),
    "employment": ("Tipo de contrato: {value}", "Jornada: {value}"),
    "salary": ("Salario: {value}", "Retribución: {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("Jornada completa", "Indefinido, jornada completa", "Tiempo completo"),
    "PART_TIME": ("Media jornada", "Jornada parcial (25 horas semanales)"),
    "CONTRACTOR": ("Autónomo", "Freelance"),
    "TEMPORARY": ("Temporal", "Contrato temporal de 6 meses", "Sustitución"),
    "INTERN": ("Prácticas", "Beca de prácticas (6 meses)", "Prácticas con convenio"),
}

EMPLOYMENT_LINES: Final = (
    "Tipo de contrato: {employment}.",
    "Jornada: {employment}.",
)

SALARY_LINES: Final = (
    "Salario: {salary}, según experiencia.",
    "Ofrecemos {salary}.",
    "Banda salarial: {salary}",
)

TRAPS: Final = (
    "Experiencia migrando sistemas on-premise a la nube",
    "Darás soporte a entornos cloud y on-premise",
    "Conocimiento de arquitecturas de nube híbrida",
    "Manejo de herramientas de acceso remoto y monitorización",
)

SHORT_INTROS: Final = (
    "{company} busca {title} en {city}.",
    "Se busca {title} – {city}.",
    "Oferta en {company}: {title} ({city}).",
)
# fmt: on


def _years(n: int) -> str:
    return "año" if n == 1 else "años"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "es"
GENDER_MARKS: Final = ("(h/m)", "(m/f)")
GENDER_RATE: Final = 0.08
YEAR_WORDS: Final = _years
AND_WORD: Final = "y"
