"""Portuguese vocabulary for generated postings (Brazil mostly, and Portugal)."""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Desenvolvedor Backend", "Engenheiro(a) de Software",
                          "Desenvolvedor Java", "Programador Python", "Desenvolvedor .NET"),
    "frontend_developer": ("Desenvolvedor(a) Front-end", "Desenvolvedor Web",
                           "Desenvolvedor React"),
    "fullstack_developer": ("Desenvolvedor Full Stack", "Programador Fullstack"),
    "mobile_developer": ("Desenvolvedor Mobile", "Desenvolvedor Android", "Desenvolvedor iOS"),
    "data_engineer": ("Engenheiro de Dados", "Data Engineer"),
    "data_scientist": ("Cientista de Dados", "Data Scientist"),
    "data_analyst": ("Analista de Dados", "Analista de BI", "Analista de Business Intelligence"),
    "devops_engineer": ("Engenheiro DevOps", "Analista de Infraestrutura", "Engenheiro de Cloud",
                        "SRE"),
    "qa_engineer": ("Analista de Testes", "Analista de QA", "QA Engineer"),
    "product_manager": ("Product Manager", "Product Owner", "Gerente de Produto"),
    "ux_designer": ("UX Designer", "Designer UX/UI", "Product Designer"),
    "security_engineer": ("Analista de Segurança da Informação", "Engenheiro de Segurança",
                          "Analista de Cibersegurança"),
    "embedded_engineer": ("Engenheiro de Software Embarcado", "Desenvolvedor de Firmware"),
    "it_support": ("Analista de Suporte", "Técnico de Suporte de TI", "Analista de Service Desk"),
    "ml_engineer": ("Engenheiro de Machine Learning", "ML Engineer",
                    "Engenheiro de Inteligência Artificial"),
    "nurse": ("Enfermeiro(a)", "Enfermeiro Assistencial", "Técnico de Enfermagem",
              "Enfermeiro de UTI"),
    "accountant": ("Analista Contábil", "Contador", "Assistente Contábil"),
    "financial_analyst": ("Analista Financeiro", "Analista de FP&A", "Analista de Controladoria"),
    "warehouse_worker": ("Auxiliar de Logística", "Operador de Empilhadeira",
                         "Conferente", "Auxiliar de Almoxarifado"),
    "sales_representative": ("Representante Comercial", "Executivo de Vendas",
                             "Vendedor Externo", "Consultor Comercial"),
    "electrician": ("Eletricista", "Eletricista de Manutenção", "Eletricista Predial"),
    "teacher": ("Professor(a)", "Professor de Ensino Fundamental", "Professor de Matemática",
                "Professor de Inglês"),
    "customer_service": ("Atendente", "Analista de Atendimento ao Cliente",
                         "Operador de Telemarketing"),
    "marketing_manager": ("Analista de Marketing", "Gerente de Marketing",
                          "Especialista em Marketing Digital"),
    "hr_generalist": ("Analista de RH", "Analista de Recursos Humanos", "Business Partner de RH"),
    "truck_driver": ("Motorista Carreteiro", "Motorista de Caminhão", "Motorista Entregador"),
    "chef": ("Cozinheiro", "Auxiliar de Cozinha", "Chef de Cozinha", "Sous Chef"),
    "mechanical_engineer": ("Engenheiro Mecânico", "Projetista Mecânico",
                            "Engenheiro de Produto"),
    "project_manager": ("Gerente de Projetos", "Analista de Projetos", "Coordenador de Projetos"),
    "office_assistant": ("Assistente Administrativo", "Auxiliar Administrativo", "Secretária",
                         "Recepcionista"),
}

TASKS: Final = {
    "software_engineer": (
        "Projetar, desenvolver e manter os serviços do nosso produto principal",
        "Escrever código limpo e testado e revisar o código do time",
        "Trabalhar com produto e design para entregar em pequenos incrementos",
        "Melhorar desempenho, confiabilidade e monitoramento dos sistemas",
        "Participar das decisões de arquitetura",
    ),
    "frontend_developer": (
        "Desenvolver interfaces rápidas e acessíveis",
        "Transformar protótipos em componentes reutilizáveis com o time de design",
        "Acompanhar e melhorar o tempo de carregamento das páginas",
        "Manter nossa biblioteca de componentes e sua documentação",
    ),
    "fullstack_developer": (
        "Cuidar de funcionalidades de ponta a ponta, do banco de dados à interface",
        "Desenhar APIs fáceis de usar e de evoluir",
        "Conversar com clientes e suporte para entender os problemas reais",
        "Manter o código saudável com revisões, refatoração e testes",
    ),
    "mobile_developer": (
        "Desenvolver novas funcionalidades para nossos aplicativos",
        "Criar telas fluidas e intuitivas junto com o time de design",
        "Acompanhar falhas e avaliações nas lojas de aplicativos",
        "Cuidar das publicações, da versão beta até a loja",
    ),
    "data_engineer": (
        "Construir e manter pipelines de dados em lote e em tempo real",
        "Modelar dados para os times de análise e ciência de dados",
        "Monitorar a qualidade dos dados e corrigir problemas na origem",
        "Documentar a plataforma de dados e controlar seus custos",
    ),
    "data_scientist": (
        "Desenvolver modelos de previsão de demanda e personalização",
        "Desenhar e analisar experimentos com os times de produto",
        "Transformar perguntas abertas em análises e recomendações claras",
        "Colocar modelos em produção junto com a engenharia",
    ),
    "data_analyst": (
        "Criar dashboards e relatórios usados no dia a dia",
        "Responder às perguntas do negócio com dados",
        "Definir indicadores junto com as áreas",
        "Identificar tendências e anomalias e explicar suas causas",
    ),
    "devops_engineer": (
        "Construir e operar a infraestrutura dos nossos serviços",
        "Automatizar deploys e torná-los seguros",
        "Melhorar monitoramento, alertas e gestão de incidentes",
        "Apoiar os times de desenvolvimento na operação dos serviços",
    ),
    "qa_engineer": (
        "Planejar e executar testes para cada entrega",
        "Criar e manter testes automatizados",
        "Investigar defeitos junto com os desenvolvedores",
        "Promover a qualidade em todo o processo de entrega",
    ),
    "product_manager": (
        "Definir a visão e o roadmap da sua área",
        "Conversar com usuários com frequência e transformar isso em prioridades",
        "Entregar valor em pequenos passos com desenvolvimento e design",
        "Definir métricas de sucesso e acompanhar os resultados",
    ),
    "ux_designer": (
        "Desenhar fluxos, wireframes e telas finais",
        "Conduzir entrevistas e testes com usuários reais",
        "Acompanhar as entregas com produto e desenvolvimento",
        "Evoluir nosso design system",
    ),
    "security_engineer": (
        "Monitorar eventos de segurança e responder a incidentes",
        "Revisar a segurança de novos serviços",
        "Conduzir a gestão de vulnerabilidades com os times técnicos",
        "Preparar auditorias e manter as políticas atualizadas",
    ),
    "embedded_engineer": (
        "Desenvolver o firmware dos nossos equipamentos",
        "Investigar falhas de hardware e software com o time de eletrônica",
        "Escrever testes unitários e de integração",
        "Dar suporte técnico à produção e à assistência técnica",
    ),
    "it_support": (
        "Ser o primeiro contato para dúvidas de TI",
        "Preparar notebooks, celulares e acessos para novos colaboradores",
        "Resolver problemas de hardware e software presencialmente e por acesso remoto",
        "Manter o inventário e a documentação atualizados",
    ),
    "ml_engineer": (
        "Treinar, avaliar e colocar em produção modelos de machine learning",
        "Construir ferramentas para o time experimentar com rapidez",
        "Monitorar modelos em produção e retreiná-los quando necessário",
        "Transformar protótipos de pesquisa em produto",
    ),
    "nurse": (
        "Prestar assistência de enfermagem aos pacientes",
        "Avaliar as necessidades dos pacientes e planejar os cuidados",
        "Acolher pacientes e familiares com empatia",
        "Atuar junto à equipe médica e multiprofissional",
        "Orientar estagiários e novos colaboradores",
    ),
    "accountant": (
        "Realizar lançamentos e conciliações contábeis",
        "Apoiar os fechamentos mensais e anuais",
        "Atender auditores e consultores tributários",
        "Contribuir para a melhoria dos processos financeiros",
    ),
    "financial_analyst": (
        "Elaborar relatórios gerenciais e analisar desvios do orçamento",
        "Apoiar o orçamento anual e as revisões de forecast",
        "Avaliar projetos de investimento",
        "Apoiar as áreas na leitura dos números",
    ),
    "warehouse_worker": (
        "Recebimento, conferência e armazenagem de mercadorias",
        "Separação e embalagem de pedidos",
        "Carga e descarga de caminhões",
        "Participação nos inventários",
        "Organização e limpeza do estoque",
    ),
    "sales_representative": (
        "Prospectar novos clientes na sua região",
        "Fidelizar e desenvolver a carteira de clientes",
        "Elaborar propostas, negociar e fechar vendas",
        "Representar a empresa em feiras e eventos",
    ),
    "electrician": (
        "Instalação, manutenção e reparo de sistemas elétricos",
        "Diagnóstico e correção de falhas",
        "Inspeções conforme as normas vigentes",
        "Registro das atividades realizadas",
    ),
    "teacher": (
        "Planejar e ministrar aulas para as turmas",
        "Acompanhar o desenvolvimento dos alunos",
        "Manter contato com as famílias e a coordenação pedagógica",
        "Participar dos projetos da escola",
    ),
    "customer_service": (
        "Atender clientes por telefone, e-mail e chat",
        "Resolver as solicitações já no primeiro contato",
        "Tratar trocas, devoluções e alterações de pedidos",
        "Repassar o feedback dos clientes para as áreas",
    ),
    "marketing_manager": (
        "Planejar e executar campanhas em todos os canais",
        "Gerir o orçamento de marketing e acompanhar os resultados",
        "Gerar leads qualificados com o time comercial",
        "Coordenar agências e fornecedores",
    ),
    "hr_generalist": (
        "Apoiar gestores e colaboradores em todas as questões de RH",
        "Conduzir todo o ciclo do colaborador, da admissão ao desligamento",
        "Elaborar contratos e documentos trabalhistas",
        "Participar da construção das políticas de pessoas",
    ),
    "truck_driver": (
        "Transporte e entrega de mercadorias com segurança e pontualidade",
        "Inspeção do veículo antes e depois de cada viagem",
        "Carga, descarga e amarração da mercadoria",
        "Preenchimento dos documentos de entrega",
    ),
    "chef": (
        "Preparar os pratos no padrão da casa",
        "Participar da criação de cardápios e pratos do dia",
        "Receber mercadorias e controlar o estoque",
        "Cumprir as normas de higiene",
        "Orientar os auxiliares",
    ),
    "mechanical_engineer": (
        "Projetar peças e conjuntos mecânicos do conceito à produção",
        "Realizar cálculos e análises de tolerância",
        "Trabalhar com fornecedores e produção na fabricabilidade",
        "Construir e testar protótipos",
    ),
    "project_manager": (
        "Planejar projetos, marcos e acompanhamento",
        "Coordenar times internos, clientes e fornecedores",
        "Controlar escopo, orçamento e prazos",
        "Reportar o andamento à diretoria",
    ),
    "office_assistant": (
        "Rotinas administrativas do escritório",
        "Controle de agendas, viagens e reuniões",
        "Recepção de visitantes, telefone e correspondências",
        "Compras de materiais e contato com fornecedores",
    ),
}

OFFICE_TASKS: Final = (
    "Compartilhar conhecimento e ajudar outras pessoas a crescer",
    "Documentar seu trabalho para que outros possam usá-lo",
    "Participar do planejamento e da priorização",
    "Colaborar com times de diferentes áreas",
    "Propor melhorias na nossa forma de trabalhar",
    "Manter as partes interessadas informadas",
)

TRADE_TASKS: Final = (
    "Seguir as normas de segurança do trabalho",
    "Trabalhar em equipe",
    "Comunicar problemas e sugerir melhorias",
    "Apoiar os colegas nos períodos de maior movimento",
    "Zelar pelos equipamentos",
)

DEPARTMENTS: Final = {
    "engineering": "Engenharia", "data": "Dados", "platform": "Plataforma",
    "quality": "Qualidade", "product": "Produto", "design": "Design",
    "security": "Segurança da Informação", "it": "TI", "nursing": "Enfermagem",
    "finance": "Finanças", "logistics": "Logística", "sales": "Vendas",
    "maintenance": "Manutenção", "education": "Ensino",
    "customer_service": "Atendimento", "marketing": "Marketing",
    "hr": "Recursos Humanos", "kitchen": "Cozinha", "engineering_mech": "Engenharia de Produto",
    "projects": "Projetos", "office": "Administrativo",
}

SENIORITY: Final = {
    "intern": ("Estagiário de {d}", "Estágio em {d}", "Estagiário {t}"),
    "junior": ("{t} Júnior", "{t} Jr", "{t} Jr."),
    "mid": ("{t} Pleno", "{t} Pl"),
    "senior": ("{t} Sênior", "{t} Sr", "{t} Sr."),
    "lead": ("{t} Líder", "Tech Lead – {t}", "Líder de {d}", "Coordenador de {d}"),
    "principal": ("{t} Especialista", "Staff {t}"),
    "executive": ("Gerente de {d}", "Diretor de {d}", "Head de {d}"),
}

HEADINGS: Final = {
    "responsibilities": ("Responsabilidades e atribuições", "Atribuições", "Atividades",
                         "O que você vai fazer"),
    "requirements": ("Requisitos e qualificações", "Requisitos", "Qualificações",
                     "O que buscamos"),
    "nice_to_have": ("Diferenciais", "Desejável", "Requisitos desejáveis"),
    "benefits": ("Benefícios", "O que oferecemos", "Oferecemos"),
    "about": ("Sobre nós", "Quem somos", "Sobre a empresa"),
    "legal": ("Diversidade",),
    "apply": ("Como se candidatar", "Candidatura"),
}

INDUSTRIES: Final = {
    "software": "tecnologia", "ecommerce": "e-commerce", "logistics": "logística",
    "healthcare": "saúde", "manufacturing": "indústria", "fintech": "serviços financeiros",
    "retail": "varejo", "energy": "energia", "hospitality": "hotelaria e gastronomia",
    "education": "educação", "consulting": "consultoria", "automotive": "automotivo",
    "food": "alimentos",
}

INTROS: Final = (
    "A {company} está contratando {title} para atuar em {city}.",
    "Buscamos {title} para fazer parte do nosso time em {city}.",
    "Quer crescer com a gente? Estamos com vaga para {title} – {city}.",
    "Venha fazer parte da {company} como {title}.",
    "Oportunidade para {title} na unidade de {city}.",
)

REMOTE_INTROS: Final = (
    "A {company} está contratando {title} para trabalho remoto.",
    "Buscamos {title} para um time 100% remoto.",
    "Venha ser {title} na {company}, de onde você estiver.",
)

AGENCY_INTROS: Final = (
    "Nosso cliente, {company}, está contratando {title} (local: {city}).",
    "Para empresa do segmento de {industry}, a {company}, buscamos {title} – {city}.",
    "Recrutamos para nosso cliente {company}: {title} ({city}).",
)

ABOUT: Final = (
    "Desde {year}, a {company} é referência no setor de {industry}.",
    "Hoje somos cerca de {size} colaboradores.",
    "Nossa sede fica em {hq} e temos times em vários países.",
    "Milhares de clientes confiam no nosso trabalho todos os dias.",
    "Acreditamos em confiança, objetivos claros e autonomia.",
    "Crescemos de forma consistente nos últimos anos e seguimos independentes.",
    "Atendemos de pequenos negócios locais a grandes grupos internacionais.",
    "A sustentabilidade faz parte das nossas decisões.",
    "Somos uma empresa familiar que pensa no longo prazo.",
)

TEAM: Final = (
    "Você vai integrar um time pequeno e multidisciplinar, com autonomia sobre suas entregas.",
    "Você terá um plano de integração claro para as primeiras semanas.",
    "Planejamos juntos e fazemos só as reuniões necessárias.",
    "O time trabalha próximo de outras áreas e escritórios.",
    "Nosso processo seletivo tem três etapas: conversa inicial, entrevista com o time e "
    "conversa final com a liderança.",
    "Damos retorno a todas as pessoas candidatas em poucos dias.",
)

SKILL_LINES: Final = (
    "Experiência com {skills}",
    "Conhecimento sólido em {skills}",
    "Vivência prática com {skills}",
    "Domínio de {skills}",
    "Experiência comprovada em {skills}",
)

PLUS_LINES: Final = (
    "Diferencial: {skills}",
    "Conhecimento em {skills} será um diferencial",
    "Desejável experiência com {skills}",
)

NICE_LINES: Final = (
    "{skills}",
    "Experiência com {skills}",
    "Conhecimento em {skills}",
)

EXPERIENCE: Final = (
    "Experiência mínima de {n} {years} na função",
    "Pelo menos {n} {years} de experiência",
    "{n}+ {years} de experiência profissional",
    "Experiência de {n} {years} ou mais em cargo semelhante",
)

SOFT_SKILLS: Final = (
    "Organização e planejamento",
    "Trabalho em equipe e boa comunicação",
    "Autonomia e proatividade",
    "Foco no cliente",
    "Vontade de aprender",
    "Capacidade de trabalhar sob pressão",
    "Flexibilidade",
    "Atenção aos detalhes",
)

LANGUAGE_LINES: Final = (
    "Inglês intermediário",
    "Inglês avançado será um diferencial",
    "Português fluente",
)

BENEFITS: Final = (
    "Vale-refeição",
    "Vale-alimentação",
    "Vale-transporte",
    "Plano de saúde e odontológico",
    "Seguro de vida",
    "Participação nos lucros (PLR)",
    "Auxílio academia",
    "Day off no aniversário",
    "Horário flexível",
    "Auxílio educação",
    "Equipamento de trabalho",
    "Previdência privada",
    "Plano de carreira",
    "Adicional noturno",
    "Uniforme fornecido",
    "Estacionamento gratuito",
)

LEGAL: Final = (
    "A {company} valoriza a diversidade e incentiva a candidatura de pessoas de todas as "
    "origens, gêneros, idades, orientações e pessoas com deficiência.",
    "Todas as vagas são extensivas a pessoas com deficiência (PcD).",
    "Seus dados serão tratados apenas para este processo seletivo, conforme a LGPD.",
    "Não aceitamos currículos de agências sem contrato prévio.",
)

APPLY: Final = (
    "Envie seu currículo e retornaremos em até duas semanas.",
    "Candidate-se com um clique, sem carta de apresentação.",
    "Dúvidas? Nosso time de recrutamento pode ajudar.",
    "Se identificou? Candidate-se!",
)

WORK_MODES: Final = {
    "remote": (
        "Trabalho 100% remoto ({country}).",
        "Vaga remota, com encontros presenciais do time duas vezes por ano.",
        "Home office integral.",
    ),
    "hybrid": (
        "Modelo híbrido: {days} dias por semana no escritório de {city}, o restante remoto.",
        "Trabalho híbrido com dias presenciais em {city}.",
        "Híbrido, com home office {days} vezes por semana.",
    ),
    "onsite": (
        "Trabalho presencial em {city}.",
        "Vaga 100% presencial na unidade de {city}.",
        "Atuação presencial em {city}; não há possibilidade de home office.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Remoto", "100% remoto", "Home office"),
    "hybrid": ("Híbrido", "Híbrido ({days}x por semana no escritório)"),
    "onsite": ("Presencial", "Presencial ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Local: {value}", "Localização: {value}"),
    "work_mode": ("Modelo de trabalho: {value}", "Modalidade: {value}"),
    "employment": ("Regime de contratação: {value}", "Tipo de vaga: {value}"),
    "salary": ("Salário: {value}", "Remuneração: {value}", "Faixa salarial: {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("CLT", "Efetivo (CLT)", "Tempo integral"),
    "PART_TIME": ("Meio período", "Meio período (4 horas por dia)"),
    "CONTRACTOR": ("PJ", "Pessoa Jurídica (PJ)", "Freelancer"),
    "TEMPORARY": ("Temporário", "Contrato temporário de 6 meses"),
    "INTERN": ("Estágio", "Estágio (30 horas semanais)"),
}

EMPLOYMENT_LINES: Final = (
    "Regime de contratação: {employment}.",
    "Tipo de vaga: {employment}.",
)

SALARY_LINES: Final = (
    "Salário: {salary}, conforme experiência.",
    "Oferecemos {salary}.",
    "Faixa salarial: {salary}",
)

TRAPS: Final = (
    "Experiência em migração de ambientes on-premises para a nuvem",
    "Você vai atuar com ambientes em nuvem e on-premise",
    "Conhecimento de arquiteturas de nuvem híbrida",
    "Vivência com ferramentas de acesso remoto e monitoramento",
)

SHORT_INTROS: Final = (
    "{company} contrata {title} – {city}.",
    "Vaga: {title} ({city}).",
    "Estamos contratando {title} em {city}.",
)
# fmt: on


def _years(n: int) -> str:
    return "ano" if n == 1 else "anos"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "pt"
GENDER_MARKS: Final = ()
GENDER_RATE: Final = 0.0
YEAR_WORDS: Final = _years
AND_WORD: Final = "e"
