"""English vocabulary for generated postings (UK, Ireland, North America, international)."""

from __future__ import annotations

from typing import Final

# fmt: off
TITLES: Final = {
    "software_engineer": ("Software Engineer", "Backend Developer", "Software Developer",
                          "Backend Engineer"),
    "frontend_developer": ("Frontend Developer", "Front-End Engineer", "Web Developer"),
    "fullstack_developer": ("Full Stack Developer", "Fullstack Engineer"),
    "mobile_developer": ("Mobile Developer", "Android Developer", "iOS Engineer"),
    "data_engineer": ("Data Engineer", "Big Data Engineer", "Analytics Engineer"),
    "data_scientist": ("Data Scientist", "Applied Scientist"),
    "data_analyst": ("Data Analyst", "Business Intelligence Analyst", "BI Analyst"),
    "devops_engineer": ("DevOps Engineer", "Site Reliability Engineer", "Platform Engineer",
                        "Cloud Engineer"),
    "qa_engineer": ("QA Engineer", "Test Automation Engineer", "Software Tester"),
    "product_manager": ("Product Manager", "Product Owner"),
    "ux_designer": ("UX Designer", "Product Designer", "UX/UI Designer"),
    "security_engineer": ("Security Engineer", "Cyber Security Analyst",
                          "Information Security Engineer"),
    "embedded_engineer": ("Embedded Software Engineer", "Firmware Engineer"),
    "it_support": ("IT Support Specialist", "IT Support Technician", "Service Desk Analyst"),
    "ml_engineer": ("Machine Learning Engineer", "ML Engineer", "AI Engineer"),
    "nurse": ("Registered Nurse", "Staff Nurse", "Nurse", "Ward Nurse"),
    "accountant": ("Accountant", "Financial Accountant", "Staff Accountant"),
    "financial_analyst": ("Financial Analyst", "FP&A Analyst"),
    "warehouse_worker": ("Warehouse Operative", "Warehouse Associate", "Warehouse Worker",
                         "Picker Packer"),
    "sales_representative": ("Sales Representative", "Account Executive",
                             "Field Sales Representative", "Business Development Representative"),
    "electrician": ("Electrician", "Maintenance Electrician", "Industrial Electrician"),
    "teacher": ("Teacher", "Primary School Teacher", "Secondary School Teacher",
                "Maths Teacher"),
    "customer_service": ("Customer Service Representative", "Customer Support Agent",
                         "Customer Service Advisor"),
    "marketing_manager": ("Marketing Manager", "Digital Marketing Manager",
                          "Growth Marketing Manager"),
    "hr_generalist": ("HR Generalist", "HR Business Partner", "People Partner"),
    "truck_driver": ("HGV Driver", "Truck Driver", "Class 1 Driver", "Delivery Driver"),
    "chef": ("Chef", "Chef de Partie", "Line Cook", "Sous Chef"),
    "mechanical_engineer": ("Mechanical Engineer", "Design Engineer", "Mechanical Design Engineer"),
    "project_manager": ("Project Manager", "IT Project Manager", "Project Coordinator"),
    "office_assistant": ("Office Assistant", "Administrative Assistant", "Office Administrator"),
}

TASKS: Final = {
    "software_engineer": (
        "Design, build and run the services behind our core product",
        "Write clean, tested code and review the code of your teammates",
        "Work with product and design to turn requirements into small, shippable increments",
        "Improve performance, reliability and observability of existing systems",
        "Take part in the on-call rotation and help us learn from incidents",
        "Break down large problems and help shape the technical roadmap",
    ),
    "frontend_developer": (
        "Build fast, accessible user interfaces for web and mobile browsers",
        "Turn designs into reusable components together with our designers",
        "Keep an eye on page performance and fix what slows it down",
        "Write tests for the features you ship and review pull requests",
        "Help maintain our component library and its documentation",
    ),
    "fullstack_developer": (
        "Own features end to end, from the database to the user interface",
        "Design APIs that are easy to use and easy to change",
        "Work closely with customers and support to understand real problems",
        "Keep our codebase healthy through reviews, refactoring and tests",
        "Help automate deployment and monitoring of our applications",
    ),
    "mobile_developer": (
        "Develop new features for our mobile apps used by thousands of people every day",
        "Work with designers to create smooth and intuitive screens",
        "Monitor crashes and app store reviews and act on what you learn",
        "Take care of releases, from beta testing to store submission",
    ),
    "data_engineer": (
        "Build and maintain reliable batch and streaming data pipelines",
        "Model data so that analysts and data scientists can trust and use it",
        "Monitor data quality and fix issues at their source",
        "Work with engineering teams on how events and data are produced",
        "Keep our data platform cost-efficient and well documented",
    ),
    "data_scientist": (
        "Develop models that forecast demand and personalise what customers see",
        "Design and analyse experiments together with product teams",
        "Turn open questions into clear analyses and recommendations",
        "Bring models into production together with our engineers",
        "Explain your results to people without a technical background",
    ),
    "data_analyst": (
        "Build dashboards and reports that teams use every day",
        "Answer business questions with data, quickly and reliably",
        "Define and maintain key metrics together with stakeholders",
        "Spot trends and anomalies and explain what is behind them",
    ),
    "devops_engineer": (
        "Build and operate the infrastructure our services run on",
        "Automate deployments and make releases boring and safe",
        "Improve monitoring, alerting and incident response",
        "Help development teams run their services in production",
        "Keep an eye on security, costs and capacity",
    ),
    "qa_engineer": (
        "Plan and carry out tests for new features and releases",
        "Build and maintain automated test suites",
        "Work with developers to find the root cause of defects",
        "Help the team improve quality across the whole delivery process",
    ),
    "product_manager": (
        "Own the product vision and roadmap for your area",
        "Talk to customers regularly and turn insights into priorities",
        "Work with engineering and design to deliver value in small steps",
        "Define success metrics and follow up on results after launch",
        "Align stakeholders across sales, support and leadership",
    ),
    "ux_designer": (
        "Design user flows, wireframes and high-fidelity screens",
        "Run interviews and tests with real users",
        "Work closely with product managers and engineers from idea to release",
        "Contribute to and maintain our design system",
    ),
    "security_engineer": (
        "Monitor and respond to security events across our systems",
        "Carry out security reviews of new services and features",
        "Manage vulnerabilities together with the engineering teams",
        "Prepare for audits and keep our policies up to date",
        "Raise security awareness across the company",
    ),
    "embedded_engineer": (
        "Develop firmware for our devices, from board bring-up to release",
        "Debug hardware and software issues together with electronics engineers",
        "Write unit and integration tests for embedded code",
        "Support production and field teams with technical questions",
    ),
    "it_support": (
        "Be the first point of contact for colleagues with IT questions",
        "Set up laptops, phones and accounts for new starters",
        "Solve hardware and software issues on site and remotely",
        "Keep our asset inventory and documentation up to date",
    ),
    "ml_engineer": (
        "Train, evaluate and deploy machine learning models at scale",
        "Build the tooling that lets our team experiment quickly",
        "Monitor models in production and retrain them when data changes",
        "Work with researchers to turn prototypes into products",
    ),
    "nurse": (
        "Provide safe, high-quality care to patients on a busy ward",
        "Assess patients' needs and plan their care together with the team",
        "Support patients and their families with compassion",
        "Work closely with doctors, therapists and other professionals",
        "Mentor students and new colleagues",
    ),
    "accountant": (
        "Handle day-to-day bookkeeping and reconciliations",
        "Prepare monthly and annual closings",
        "Work with auditors and tax advisers",
        "Support the improvement of finance processes and controls",
        "Answer questions from colleagues and suppliers about invoices and payments",
    ),
    "financial_analyst": (
        "Prepare monthly reports and analyse results against plan",
        "Support the annual budget and regular forecasts",
        "Build models to evaluate investments and business cases",
        "Work with business partners to explain what drives the numbers",
    ),
    "warehouse_worker": (
        "Receive, check and store incoming goods",
        "Pick and pack customer orders accurately and on time",
        "Load and unload trucks safely",
        "Keep your work area clean, tidy and safe",
        "Take part in regular stock counts",
    ),
    "sales_representative": (
        "Find and win new customers in your region",
        "Manage and grow relationships with existing accounts",
        "Prepare offers, negotiate terms and close deals",
        "Keep your pipeline and customer records up to date",
        "Represent the company at trade fairs and events",
    ),
    "electrician": (
        "Install, maintain and repair electrical systems and equipment",
        "Find and fix faults quickly to keep downtime low",
        "Carry out inspections and tests according to regulations",
        "Document your work and suggest improvements",
    ),
    "teacher": (
        "Plan and deliver engaging lessons for your classes",
        "Track progress and give helpful feedback to students",
        "Work with parents and colleagues to support every learner",
        "Contribute to school life, trips and events",
    ),
    "customer_service": (
        "Help customers by phone, email and chat",
        "Solve problems on the first contact whenever possible",
        "Record enquiries and pass on feedback to other teams",
        "Handle returns, refunds and order changes",
    ),
    "marketing_manager": (
        "Plan and run campaigns across online and offline channels",
        "Manage the marketing budget and measure results",
        "Work with sales to generate qualified leads",
        "Brief and manage agencies and freelancers",
        "Grow our brand and our presence in the market",
    ),
    "hr_generalist": (
        "Support managers and employees with all HR questions",
        "Manage the full employee lifecycle from hiring to exit",
        "Prepare contracts, letters and HR documentation",
        "Help develop HR policies and people programmes",
    ),
    "truck_driver": (
        "Deliver goods safely and on time to customers in the region",
        "Check your vehicle before and after every trip",
        "Load and secure goods correctly",
        "Complete delivery paperwork and driving records",
    ),
    "chef": (
        "Prepare dishes to a consistently high standard",
        "Help create seasonal menus and daily specials",
        "Order and check deliveries and keep the stock in order",
        "Keep the kitchen clean and follow hygiene rules",
        "Train and support junior kitchen staff",
    ),
    "mechanical_engineer": (
        "Design mechanical parts and assemblies from concept to production",
        "Carry out calculations and tolerance analyses",
        "Work with suppliers and production on manufacturability",
        "Build and test prototypes and document the results",
    ),
    "project_manager": (
        "Plan projects, define milestones and track progress",
        "Coordinate internal teams, customers and suppliers",
        "Manage scope, budget and timelines",
        "Report status and risks to management",
    ),
    "office_assistant": (
        "Keep the office running smoothly day to day",
        "Manage calendars, travel and meetings for the team",
        "Greet visitors and handle incoming calls and mail",
        "Order office supplies and manage contracts with service providers",
    ),
}

OFFICE_TASKS: Final = (
    "Share your knowledge and help others grow",
    "Document your work so that others can build on it",
    "Take part in planning and help set priorities",
    "Work with colleagues across teams and locations",
    "Continuously look for ways to improve how we work",
    "Contribute ideas in regular team retrospectives",
    "Keep stakeholders informed about progress",
    "Help onboard new team members",
)

TRADE_TASKS: Final = (
    "Follow health and safety rules at all times",
    "Work as part of a friendly, reliable team",
    "Report problems and suggest improvements",
    "Support colleagues during busy periods",
    "Keep equipment in good condition",
)

DEPARTMENTS: Final = {
    "engineering": "Engineering", "data": "Data", "platform": "Platform Engineering",
    "quality": "Quality Assurance", "product": "Product", "design": "Design",
    "security": "Security", "it": "IT", "nursing": "Nursing", "finance": "Finance",
    "logistics": "Logistics", "sales": "Sales", "maintenance": "Maintenance",
    "education": "Education", "customer_service": "Customer Service",
    "marketing": "Marketing", "hr": "People", "kitchen": "Kitchen",
    "engineering_mech": "Mechanical Engineering", "projects": "Project Management",
    "office": "Office Management",
}

SENIORITY: Final = {
    "intern": ("{t} Intern", "Intern – {t}", "{t} Internship"),
    "junior": ("Junior {t}", "Junior {t}", "Jr. {t}", "{t} (Junior)"),
    "mid": ("Mid-Level {t}", "{t} (Mid-level)"),
    "senior": ("Senior {t}", "Senior {t}", "Sr. {t}", "{t} (Senior)"),
    "lead": ("Lead {t}", "{t} Team Lead", "Team Lead, {d}", "{d} Team Lead"),
    "principal": ("Principal {t}", "Staff {t}"),
    "executive": ("Head of {d}", "Director of {d}", "VP of {d}", "{d} Director"),
}

HEADINGS: Final = {
    "responsibilities": ("Responsibilities", "What you'll do", "Your role", "Key responsibilities",
                         "What you will be doing", "The role"),
    "requirements": ("Requirements", "What you bring", "Qualifications", "About you",
                     "What we're looking for", "Who you are"),
    "nice_to_have": ("Nice to have", "Bonus points", "Preferred qualifications", "Nice-to-have"),
    "benefits": ("Benefits", "What we offer", "Perks and benefits", "Why join us"),
    "about": ("About us", "Who we are", "About the company"),
    "legal": ("Equal opportunity", "Diversity and inclusion"),
    "apply": ("How to apply", "Next steps"),
}

INDUSTRIES: Final = {
    "software": "a software", "ecommerce": "an e-commerce", "logistics": "a logistics",
    "healthcare": "a healthcare", "manufacturing": "a manufacturing", "fintech": "a fintech",
    "retail": "a retail", "energy": "an energy", "hospitality": "a hospitality",
    "education": "an education", "consulting": "a consulting", "automotive": "an automotive",
    "food": "a food",
}

INTROS: Final = (
    "{company} is looking for {a_title} to join our team in {city}.",
    "We are hiring {a_title} in {city}.",
    "As {a_title} at {company}, you will work with a friendly, experienced team in {city}.",
    "{company} is growing, and we need {a_title} for our {city} location.",
    "Are you {a_title} who wants to make a real difference? Then we would like to meet you.",
    "Join {company} in {city} as {a_title} and help us build something that lasts.",
    "We have an exciting opening for {a_title} at {company}.",
)

REMOTE_INTROS: Final = (
    "{company} is looking for {a_title} to join our fully remote team.",
    "We are hiring {a_title}. This role is remote, and so is the rest of the team.",
    "Join {company} as {a_title} and work from wherever you do your best work.",
)

AGENCY_INTROS: Final = (
    "Our client, {company}, is looking for {a_title} (location: {city}).",
    "We are recruiting on behalf of our client {company}, {industry} company, for {a_title}. "
    "Location: {city}.",
    "On behalf of our client {company}, we are searching for {a_title} ({city}).",
    "Our client {company} is expanding and has asked us to find {a_title} – {city}.",
)

ABOUT: Final = (
    "{company} is {industry} company founded in {year}.",
    "Today, around {size} people work with us.",
    "Our headquarters are in {hq}, and our teams work across several countries.",
    "Thousands of customers rely on what we do every day.",
    "We believe good work comes from trust, clear goals and the freedom to get things done.",
    "Over the past years we have grown steadily while staying independent.",
    "Our customers range from small local businesses to large international groups.",
    "We care about doing things properly, and about the people who do them.",
    "Sustainability is part of how we plan, buy and operate.",
    "Since {year}, {company} has been a trusted name in its field.",
    "We are a team of {size} people with a shared goal: to be the partner our customers recommend.",
)

TEAM: Final = (
    "You will join a small, cross-functional team that owns its work from start to finish.",
    "Your manager will set you up with a clear plan for your first weeks.",
    "We plan our work together and keep meetings to what is needed.",
    "The team works closely with colleagues in other departments and countries.",
    "Our hiring process has three steps: a short call, a conversation with the team and a "
    "final meeting with your future manager.",
    "We aim to give every candidate an answer within a few days after each step.",
    "You will have a buddy who helps you find your way around during your first months.",
    "We give and ask for honest feedback, and we celebrate progress together.",
)

SKILL_LINES: Final = (
    "Experience with {skills}",
    "Solid knowledge of {skills}",
    "Hands-on experience with {skills}",
    "Good working knowledge of {skills}",
    "You are comfortable with {skills}",
    "Proven experience in {skills}",
    "Practical experience using {skills}",
)

PLUS_LINES: Final = (
    "Experience with {skills} is a plus",
    "Knowledge of {skills} would be a bonus",
    "Familiarity with {skills} is an advantage",
    "Bonus if you have worked with {skills}",
)

NICE_LINES: Final = (
    "{skills}",
    "Experience with {skills}",
    "Some exposure to {skills}",
    "Knowledge of {skills}",
)

EXPERIENCE: Final = (
    "{n}+ {years} of professional experience",
    "At least {n} {years} of experience in a similar role",
    "Minimum {n} {years} of relevant experience",
    "{n}+ {years} of hands-on experience in the field",
    "You have at least {n} {years} of experience",
)

SOFT_SKILLS: Final = (
    "Clear and friendly communication, written and spoken",
    "You take ownership and follow things through",
    "A structured, reliable way of working",
    "You enjoy working in a team and helping others",
    "Good organisational skills and attention to detail",
    "You stay calm when things get busy",
    "Curiosity and a willingness to learn",
    "A customer-focused mindset",
    "Ability to prioritise and manage your own time",
    "You are flexible and open to change",
)

LANGUAGE_LINES: Final = (
    "Fluent English, written and spoken",
    "Excellent English communication skills",
    "Business-level English",
    "Very good English; other European languages are welcome",
)

BENEFITS: Final = (
    "25 days of holiday plus public holidays",
    "Flexible working hours",
    "A personal learning budget every year",
    "Company pension scheme",
    "Private health insurance",
    "Modern equipment of your choice",
    "Subsidised gym membership",
    "Public transport pass or bike leasing",
    "Regular team events and a yearly company trip",
    "Free coffee, fruit and snacks",
    "Paid parental leave beyond the legal minimum",
    "Employee discounts",
    "Clear career paths and regular feedback",
    "Mental health support",
    "Paid overtime and shift allowances",
    "Work clothing provided",
    "Free parking on site",
    "A warm welcome and a structured onboarding",
)

LEGAL: Final = (
    "{company} is an equal opportunity employer. We welcome applications from everyone, "
    "regardless of background, ethnicity, religion, gender, sexual orientation, age or "
    "disability.",
    "We are committed to building a diverse team. If you need any adjustments during the "
    "application process, let us know and we will do our best to help.",
    "All applications are treated confidentially. By applying, you agree that we store your "
    "data for the duration of the recruitment process.",
    "We do not accept unsolicited CVs from recruitment agencies.",
)

APPLY: Final = (
    "Send us your CV and a few lines about yourself, and we will get back to you within two weeks.",
    "Apply using the button below; no cover letter needed.",
    "Questions? Contact our recruiting team, we are happy to help.",
    "Interested? We look forward to your application.",
)

WORK_MODES: Final = {
    "remote": (
        "This is a fully remote position; you can work from wherever you like.",
        "Remote-first: work from home, with a team meetup a few times a year.",
        "The role is 100% remote (candidates based in {country}).",
    ),
    "hybrid": (
        "Hybrid working: {days} days a week in our {city} office, the rest from home.",
        "We work hybrid, with regular office days in {city}.",
        "Flexible hybrid model with the option to work from home {days} days a week.",
    ),
    "onsite": (
        "This role is based on site in {city}.",
        "This is an on-site position at our {city} location.",
        "You will work on site in {city}; remote work is not possible for this role.",
    ),
}

WORK_MODE_LABELS: Final = {
    "remote": ("Remote", "Fully remote", "Remote ({country})"),
    "hybrid": ("Hybrid", "Hybrid ({days} days in office)"),
    "onsite": ("On-site", "On-site ({city})"),
}

FACT_LABELS: Final = {
    "location": ("Location: {value}", "Based in: {value}"),
    "work_mode": ("Work mode: {value}", "Workplace type: {value}"),
    "employment": ("Employment type: {value}", "Contract: {value}", "Job type: {value}"),
    "salary": ("Salary: {value}", "Compensation: {value}", "Pay: {value}"),
}

EMPLOYMENT: Final = {
    "FULL_TIME": ("Full-time", "Full time, permanent", "Permanent, full-time"),
    "PART_TIME": ("Part-time", "Part time (20-30 hours per week)"),
    "CONTRACTOR": ("Contract", "Freelance / contractor", "Contract (6 months, outside IR35)"),
    "TEMPORARY": ("Temporary", "Fixed-term (12 months)", "Temporary, maternity cover"),
    "INTERN": ("Internship", "Internship (6 months)"),
}

EMPLOYMENT_LINES: Final = (
    "Employment type: {employment}.",
    "This position is offered as: {employment}.",
)

SALARY_LINES: Final = (
    "The salary range for this position is {salary}.",
    "We offer {salary}, depending on experience.",
    "Salary: {salary}",
    "Pay: {salary}",
)

TRAPS: Final = (
    "Experience migrating on-premises systems to the cloud",
    "You will support both cloud and on-premises deployments",
    "Good understanding of hybrid cloud setups",
    "Experience with remote debugging and monitoring tools",
    "You will collaborate with colleagues in other time zones",
)

SHORT_INTROS: Final = (
    "{company} is hiring {a_title} in {city}.",
    "{title} wanted in {city}.",
    "New opening at {company}: {title} ({city}).",
)
# fmt: on


def _years(n: int) -> str:
    return "year" if n == 1 else "years"


# The scalars of this language; vocabulary.py builds the Vocabulary from the constants.
LANGUAGE: Final = "en"
GENDER_MARKS: Final = ()
GENDER_RATE: Final = 0.0
YEAR_WORDS: Final = _years
AND_WORD: Final = "and"
