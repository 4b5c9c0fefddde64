"""Invented demo content (short batch): sections, authors, 28 short articles
and reader comments for the demo journal.

All people, prose, figures and quotations here are fictional and written for
demonstration purposes. Figures are framed as rough estimates, not sourced
statistics. Any resemblance to real persons is unintended.
"""

# ----------------------------------------------------------------------
# Sections
# ----------------------------------------------------------------------

SECTIONS = [
    {
        "name": "Global Affairs",
        "slug": "global-affairs",
        "description": (
            "Analysis of how states compete, cooperate and negotiate, from alliance "
            "politics to aid budgets. Our fellows look past the headlines to the "
            "institutions and incentives that shape world affairs."
        ),
        "children": [
            {
                "name": "Diplomacy and Foreign Policy",
                "slug": "diplomacy-and-foreign-policy",
                "description": (
                    "The craft and strategy of statecraft: negotiation, sanctions, "
                    "mediation and the machinery of foreign ministries."
                ),
            },
            {
                "name": "Security and Defence",
                "slug": "security-and-defence",
                "description": (
                    "Deterrence, defense budgets, military personnel and the protection "
                    "of critical infrastructure in an era of renewed rivalry."
                ),
            },
            {
                "name": "International Development",
                "slug": "international-development",
                "description": (
                    "How aid, finance and public services can reduce poverty, and how "
                    "donors and partner governments can make them work better."
                ),
            },
        ],
    },
    {
        "name": "Economy",
        "slug": "economy",
        "description": (
            "Clear-eyed economics for policymakers: public finances, trade and the "
            "changing world of work. We favor evidence over ideology and estimates "
            "over slogans."
        ),
        "children": [
            {
                "name": "Trade",
                "slug": "trade",
                "description": (
                    "Tariffs, supply chains, trade agreements and the practical frictions "
                    "that decide whether goods cross borders."
                ),
            },
            {
                "name": "Fiscal Policy",
                "slug": "fiscal-policy",
                "description": (
                    "Budgets, debt, taxation and the rules governments set for "
                    "themselves, and the trade-offs those choices hide."
                ),
            },
            {
                "name": "Labour and Skills",
                "slug": "labour-and-skills",
                "description": (
                    "Jobs, wages, training and the institutions that connect workers "
                    "to opportunity in a shifting labor market."
                ),
            },
        ],
    },
    {
        "name": "Climate and Energy",
        "slug": "climate-and-energy",
        "description": (
            "The policies that will decide how fast emissions fall and how well "
            "communities cope with a warmer world. We focus on the regulatory detail "
            "where targets are won or lost."
        ),
        "children": [
            {
                "name": "Energy Transition",
                "slug": "energy-transition",
                "description": (
                    "Power grids, clean electricity, industrial decarbonization and the "
                    "household economics of switching away from fossil fuels."
                ),
            },
            {
                "name": "Adaptation and Resilience",
                "slug": "adaptation-and-resilience",
                "description": (
                    "Preparing people, places and public budgets for floods, heat and "
                    "the other climate risks that are already here."
                ),
            },
        ],
    },
    {
        "name": "Technology",
        "slug": "technology",
        "description": (
            "How governments can shape digital markets and emerging technologies "
            "without stifling them. Practical proposals on platforms, data and "
            "artificial intelligence."
        ),
        "children": [
            {
                "name": "Digital Governance",
                "slug": "digital-governance",
                "description": (
                    "Platform regulation, data rights, online safety and the technical "
                    "plumbing that makes digital rules enforceable."
                ),
            },
            {
                "name": "Artificial Intelligence",
                "slug": "artificial-intelligence",
                "description": (
                    "The governance of AI systems, from synthetic media and procurement "
                    "to the geopolitics of chips and compute."
                ),
            },
        ],
    },
    {
        "name": "Society",
        "slug": "society",
        "description": (
            "Public services and the social policies that shape everyday life. Our "
            "work asks how health, schools and housing can reach people earlier and "
            "more fairly."
        ),
        "children": [
            {
                "name": "Health",
                "slug": "health",
                "description": (
                    "Health systems, public health and preparedness, with a focus on "
                    "what keeps care effective and affordable."
                ),
            },
            {
                "name": "Education",
                "slug": "education",
                "description": (
                    "What works in schools and how to scale it, from early learning to "
                    "tutoring and teacher supply."
                ),
            },
            {
                "name": "Housing and Cities",
                "slug": "housing-and-cities",
                "description": (
                    "Housing supply, land, urban planning and the economics of building "
                    "the cities people can afford to live in."
                ),
            },
        ],
    },
    {
        "name": "Governance",
        "slug": "governance",
        "description": (
            "The institutions that make democratic government work, and the design "
            "choices that make them trustworthy. We study the machinery as well as "
            "the politics."
        ),
        "children": [
            {
                "name": "Democracy and Institutions",
                "slug": "democracy-and-institutions",
                "description": (
                    "Elections, legislatures, redistricting and new forms of public "
                    "participation in decision-making."
                ),
            },
            {
                "name": "Law and Justice",
                "slug": "law-and-justice",
                "description": (
                    "Courts, the rule of law and the administration of justice, "
                    "treated as public services that must be resourced and measured."
                ),
            },
        ],
    },
]

# ----------------------------------------------------------------------
# Authors (all invented)
# ----------------------------------------------------------------------

AUTHORS = [
    {
        "name": "Margit Ellery",
        "role": "Senior Fellow, Diplomacy Programme",
        "x_handle": "mellery_dip",
        "website": "https://example.org/people/margit-ellery",
        "portrait": {"hue": 212},
        "bio": [
            "Margit Ellery is a Senior Fellow in the Diplomacy Programme, where she works "
            "on sanctions, mediation and the foreign policy of middle powers. Her research "
            "asks how mid-sized states build influence through coalitions rather than "
            "coercion.",
            "Before joining the institute, she spent fourteen years in a national foreign "
            "service, with postings in Central Europe, East Africa and a permanent mission "
            "to a multilateral body. She later set up and ran a small mediation support "
            "unit inside her ministry, advising negotiators on ceasefire design.",
            "She is the author of Brokers Without Armies: Middle Powers and the Craft of "
            "Mediation and of a long-running series of briefs on sanctions relief. She is "
            "currently mapping how foreign ministries staff their embassies, and what is "
            "lost when posts close.",
        ],
    },
    {
        "name": "Tomasz Okafor-Lind",
        "role": "Director, Security Studies",
        "x_handle": "tokaforlind",
        "website": "https://example.org/people/tomasz-okafor-lind",
        "portrait": {"hue": 4},
        "bio": [
            "Tomasz Okafor-Lind directs the institute's security studies program. His work "
            "covers deterrence, military personnel policy and the protection of critical "
            "infrastructure, from undersea cables to energy networks.",
            "He previously served as a civilian analyst in a defense ministry's planning "
            "directorate and spent several years as a researcher at a university center "
            "for strategic studies. He has given evidence to parliamentary defense "
            "committees on procurement and readiness.",
            "His book Magazine Depth: Industry, Stockpiles and the Price of Deterrence "
            "examined how democracies prepare for long conflicts. He is now leading a "
            "multi-country study of military recruitment and reserve forces, and co-chairs "
            "the institute's working group on infrastructure resilience.",
        ],
    },
    {
        "name": "Priya Ramaswamy-Hale",
        "role": "Chief Economist",
        "x_handle": "priya_rh_econ",
        "website": "https://example.org/people/priya-ramaswamy-hale",
        "portrait": {"hue": 32},
        "bio": [
            "Priya Ramaswamy-Hale is the institute's Chief Economist, overseeing its work on "
            "fiscal policy, trade and labor markets. Her research focuses on fiscal rules, "
            "public investment and the economics of industrial strategy.",
            "She began her career in the research department of a central bank and later "
            "advised a finance ministry on debt management and budget reform. She has also "
            "worked on sovereign debt negotiations for a regional development lender.",
            "Her recent publications include Ledgers of Tomorrow: Public Investment and the "
            "Debt Debate and a series of papers on the costs of trade frictions. She is "
            "currently writing a comparative study of independent fiscal councils and how "
            "they shape budget debates.",
        ],
    },
    {
        "name": "Jonah Whitcombe",
        "role": "Fellow, Energy and Climate",
        "x_handle": "jwhitcombe_grid",
        "website": "https://example.org/people/jonah-whitcombe",
        "portrait": {"hue": 152},
        "bio": [
            "Jonah Whitcombe is a Fellow in Energy and Climate, working on industrial "
            "decarbonization, building heat and climate adaptation. He is especially "
            "interested in the regulatory details that determine how quickly clean energy "
            "gets built.",
            "Before joining the institute, he worked as an engineer at a regional grid "
            "operator, modeling connection requests, and then as a policy adviser in a "
            "state energy office. He holds degrees in electrical engineering and public "
            "policy.",
            "He is the author of the report Heat Without Fire: A Practical Path for "
            "Industrial Energy and writes a monthly column on energy markets. His current "
            "project examines how towns can plan the retirement of local gas networks "
            "fairly.",
        ],
    },
    {
        "name": "Amara Quist",
        "role": "Research Director, Technology Policy",
        "x_handle": "amaraquist",
        "website": "https://example.org/people/amara-quist",
        "portrait": {"hue": 268},
        "bio": [
            "Amara Quist leads the institute's technology policy research, covering "
            "artificial intelligence governance, platform regulation, data rights and the "
            "geopolitics of semiconductors. Her focus is on rules that can actually be "
            "implemented and enforced, not just announced.",
            "She previously headed a digital markets team at a national competition "
            "authority and, earlier, worked as a software engineer at a payments startup, "
            "an experience she credits for her focus on technical implementation. She has "
            "advised legislative staff on data protection and online safety bills.",
            "She is the author of Procuring Judgment: How Governments Buy Algorithms and "
            "co-editor of a collected volume on interoperability. She is now leading a "
            "project on provenance standards for synthetic media ahead of national "
            "elections.",
        ],
    },
    {
        "name": "Lucien Baptiste",
        "role": "Senior Fellow, Health and Social Policy",
        "x_handle": "lbaptiste_pol",
        "website": "https://example.org/people/lucien-baptiste",
        "portrait": {"hue": 18},
        "bio": [
            "Lucien Baptiste is a Senior Fellow in Health and Social Policy, with research "
            "spanning public health, education and housing. His work centers on how public "
            "services can be organized to reach people earlier and more fairly.",
            "A former public health physician, he spent a decade in community clinics and "
            "regional health authorities before moving into policy research. He later "
            "directed evaluation at a foundation that funded social protection programs in "
            "West Africa and the Caribbean.",
            "His publications include The Front Door: Rebuilding Care Around Prevention and "
            "evaluations of cash transfer and tutoring programs. He is currently writing "
            "about the links between housing instability and health, and about new ways to "
            "pay for antibiotics.",
        ],
    },
    {
        "name": "Helena Varga",
        "role": "Editor-in-Chief",
        "x_handle": "hvarga_editor",
        "website": "https://example.org/people/helena-varga",
        "portrait": {"hue": 334},
        "bio": [
            "Helena Varga is Editor-in-Chief of the journal, responsible for its editorial "
            "direction, commissioning and standards. She has a particular interest in "
            "democratic institutions and in making research useful to readers outside "
            "policy circles.",
            "She spent fifteen years as a reporter and editor covering European politics "
            "and economics, including several years as a foreign correspondent and a spell "
            "as opinion editor of a national daily. She has also taught a graduate seminar "
            "on explanatory journalism.",
            "At the journal she launched a recurring series on how policy estimates are "
            "made and revised. She is currently co-writing a piece on citizens' assemblies "
            "and edits the weekly briefing newsletter.",
        ],
    },
    {
        "name": "Dev Malhotra-Stone",
        "role": "Associate Fellow, Governance",
        "x_handle": "devms_gov",
        "website": "https://example.org/people/dev-malhotra-stone",
        "portrait": {"hue": 48},
        "bio": [
            "Dev Malhotra-Stone is an Associate Fellow in Governance, researching "
            "redistricting, court performance and the design of public institutions. He is "
            "interested in the operational details that make institutions trustworthy.",
            "He previously worked as an elections officer in a county administration and as "
            "a clerk in an appellate court, before completing a doctorate on administrative "
            "capacity in local government. He has written on court backlogs and on the "
            "design of independent commissions.",
            "His current research compares how different jurisdictions measure and publish "
            "court performance data. He also coordinates the institute's work on citizens' "
            "assemblies and public land for housing.",
        ],
    },
]

# ----------------------------------------------------------------------
# Articles
# ----------------------------------------------------------------------

_CREDIT = "Illustration: Journal graphics desk"

ARTICLES = [
    # --- Diplomacy and Foreign Policy -------------------------------------
    {
        "title": "Sanctions Without an Exit Ramp Rarely Change Behavior",
        "slug": "sanctions-need-an-exit-ramp",
        "standfirst": (
            "Sanctions are easy to impose and hard to lift. If the goal is to change a "
            "government's conduct, the way out has to be designed alongside the pressure."
        ),
        "category": "diplomacy-and-foreign-policy",
        "authors": ["Margit Ellery"],
        "tags": ["security", "trade policy", "europe", "united states"],
        "days_ago": 4,
        "featured": False,
        "hero": {
            "motif": "lines",
            "alt": "Illustration: a thick navy line and a thin gold line rising and falling across a faint grid",
            "caption": "Pressure that only ever rises gives the other side no reason to move.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Sanctions have become the default response to almost every international crisis. They are quick to announce, cost relatively little for the governments imposing them, and signal disapproval without risking soldiers. Yet their record in changing a target government's behavior is modest, and one reason is often overlooked: the sanctioned party is rarely told, clearly and credibly, what it would take to have them lifted.</p>
<h2>Pressure needs a destination</h2>
<p>Sanctions work as bargaining tools only if the target believes that compliance will be rewarded. When measures pile up over years, tied to shifting and overlapping demands, and when lifting any of them requires political capital that no government wants to spend, the target has little reason to move. Sanctions then become a permanent condition rather than a lever.</p>
<p>Legal structures reinforce the problem. In many systems, imposing sanctions is an executive decision, while removing them can require legislative approval or invite fierce domestic criticism. Coalitions add another layer: one partner may be ready to ease measures while others are not.</p>
<blockquote><p>A sanction that can never be lifted is a punishment, not a negotiating position.</p></blockquote>
<h2>Designing the way out</h2>
<ul>
<li><strong>State the conditions</strong> for relief at the outset, in terms specific enough to be verified.</li>
<li><strong>Build in sequencing</strong>, so that partial steps earn partial relief rather than all-or-nothing bargains.</li>
<li><strong>Coordinate relief among allies</strong> as carefully as the original measures.</li>
<li><strong>Review measures regularly</strong>, with sunset dates that force an explicit decision on renewal.</li>
</ul>
<p>None of this means going soft. Some sanctions exist to deny resources to aggression, and those may rightly stay in place for a long time. But where the goal is to change behavior, diplomats need a door as well as a wall. Without one, sanctions tend to outlast the policy they were meant to serve.</p>""",
    },
    {
        "title": "What a Lean Embassy Can and Cannot Do",
        "slug": "what-a-lean-embassy-can-and-cannot-do",
        "standfirst": (
            "Closing consulates and merging posts looks like painless saving. The cost shows "
            "up later, in the crises nobody was on the ground to see coming."
        ),
        "category": "diplomacy-and-foreign-policy",
        "authors": ["Margit Ellery"],
        "tags": ["budget", "security", "united states", "europe"],
        "days_ago": 61,
        "featured": False,
        "hero": {
            "motif": "network",
            "alt": "Illustration: navy dots joined by thin lines, with a few larger gold dots among them",
            "caption": "Every post that closes removes a node from the network of relationships diplomacy depends on.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Foreign ministries are often the first place finance officials look when budgets tighten. The savings appear painless: close a consulate here, merge two regional desks there, replace a resident ambassador with one who covers three countries from a neighboring capital. Each cut is small. Over a decade, they add up to a diplomatic service that is thinner in exactly the places where early warning matters most.</p>
<h2>The hidden cost of absence</h2>
<p>An embassy's most valuable output rarely shows up in a performance report. It is the relationship with a deputy minister who will take a call during a crisis, the local staff member who notices that a port is quietly changing hands, the reporting cable that flags a disputed election months before it turns violent. These depend on presence and continuity, and they cannot be rebuilt quickly once lost.</p>
<p>By our rough estimate, drawn from public budget documents across a sample of wealthy democracies, diplomatic spending has fallen as a share of total external spending over the past fifteen years, while defense and aid budgets have grown. The balance has shifted toward tools that are used after a problem has arrived.</p>
<blockquote><p>A closed consulate saves money every year. The crisis it might have flagged arrives only once, and costs far more.</p></blockquote>
<h2>Doing more with less, honestly</h2>
<p>Some consolidation is sensible. Shared compounds with allies, regional hubs for consular work and better digital tools can free diplomats for the work only people can do. But these should be designed as upgrades, not as cover for cuts. A lean embassy can process visas and host trade delegations. It cannot cultivate trust it has no time to build.</p>
<p>Legislators reviewing foreign affairs budgets should ask a simple question of every proposed closure: who will notice what this post would have noticed? If no one has an answer, the saving is an illusion.</p>""",
    },
    # --- Security and Defence -------------------------------------------
    {
        "title": "Armed Forces Cannot Recruit Their Way Out of a Tight Labor Market",
        "slug": "military-recruitment-tight-labor-market",
        "standfirst": (
            "Defense budgets are rising, but many militaries cannot fill their ranks. "
            "Treating personnel as a market to compete in, not a fixed input, is overdue."
        ),
        "category": "security-and-defence",
        "authors": ["Tomasz Okafor-Lind"],
        "tags": ["security", "labor markets", "europe", "budget"],
        "days_ago": 9,
        "featured": False,
        "hero": {
            "motif": "bars",
            "alt": "Illustration: a bar chart of nine navy bars of uneven height, one of them picked out in gold",
            "caption": "Recruitment targets and results have drifted apart in many armed forces.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Many armed forces in Europe and North America are struggling to fill their ranks. Recruitment targets have been missed repeatedly, retention of experienced personnel is slipping, and specialist roles in cyber, engineering and medicine are especially hard to staff. Governments are raising defense budgets, but equipment without trained people to operate it adds less to security than the spending suggests.</p>
<h2>A labor market problem</h2>
<p>The shortfall partly reflects strong civilian labor markets. When unemployment is low, the military competes with employers offering higher pay, more flexibility and no deployments. Demographic change shrinks the pool of young recruits, and by most estimates a significant share of applicants are disqualified on health grounds.</p>
<p>Process matters too. Applicants in some countries wait months for medical and security clearance, and many drop out along the way. Rigid career structures make it hard for skilled civilians to join mid-career, or for service members to move in and out. A former service member who wants to return after a few years in civilian life often finds the door closed, or open only at a lower rank.</p>
<h2>Rethinking the model</h2>
<ul>
<li><strong>Speed up enlistment</strong>, with medical reviews and clearances that run in parallel rather than in sequence.</li>
<li><strong>Expand reserve roles</strong> that let civilians with scarce skills serve part-time.</li>
<li><strong>Allow lateral entry</strong> at appropriate ranks for experienced professionals.</li>
<li><strong>Invest in retention</strong>: housing, childcare and predictable postings matter as much as bonuses.</li>
</ul>
<blockquote><p>Deterrence is measured in trained people as much as in hardware.</p></blockquote>
<p>Some countries are revisiting national service or selective conscription. Those debates deserve careful attention, but they are no substitute for making voluntary service a more attractive and more flexible career. Defense planners who treat personnel as a fixed input, rather than a market they must compete in, will keep finding that their plans outrun their people.</p>""",
    },
    {
        "title": "Undersea Cables Need a Repair Plan, Not Just a Patrol Plan",
        "slug": "undersea-cables-repair-plan",
        "standfirst": (
            "Naval patrols signal resolve when a seabed cable is cut, but only specialist "
            "ships restore service. Repair capacity deserves to be treated as infrastructure."
        ),
        "category": "security-and-defence",
        "authors": ["Tomasz Okafor-Lind", "Amara Quist"],
        "tags": ["security", "technology", "europe", "regulation"],
        "days_ago": 88,
        "featured": False,
        "hero": {
            "motif": "waves",
            "alt": "Illustration: layered horizontal waves in shades of navy and gold",
            "caption": "Most international data traffic travels along cables lying on the seabed.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Most of the world's international data traffic travels along cables laid on the seabed, many no thicker than a garden hose. When one is cut, by an anchor, a trawler or occasionally someone with worse intentions, governments now respond with naval patrols and public statements. Both have a place. Neither fixes the cable.</p>
<h2>The repair gap</h2>
<p>The global fleet of specialized cable-repair ships is small and aging, and much of it operates under commercial contracts covering broad regions. When several faults occur at once, repairs queue up. In some regions, by industry estimates, a damaged cable can wait weeks for a vessel, and longer if permits to work in national waters are slow to arrive.</p>
<p>That delay is the real vulnerability. Redundancy, meaning multiple routes and diverse landing points, means a single cut rarely isolates a country. But several simultaneous faults during a period of tension could degrade communications badly, and the ability to restore service quickly is itself a form of deterrence.</p>
<blockquote><p>Patrols signal resolve. Repair ships restore service. A serious strategy needs both.</p></blockquote>
<h2>A maintenance plan for critical infrastructure</h2>
<p>Governments with a stake in cable security should treat repair capacity as critical infrastructure in its own right. That means co-financing new repair vessels with allies, pre-agreeing permits so ships can start work without weeks of paperwork, and keeping stocks of spare cable and components near the routes where faults are most likely. Joint exercises that simulate several simultaneous faults would reveal gaps before a real crisis does.</p>
<p>It also means better information sharing between operators and defense agencies, under rules that protect commercially sensitive data. Today, many governments learn about faults from the same news reports as everyone else. A resilient network needs a clearer picture of its own health, and a plan to heal it.</p>""",
    },
    # --- International Development ----------------------------------------
    {
        "title": "Counting Aid Honestly When Donor Budgets Stay at Home",
        "slug": "counting-aid-honestly",
        "standfirst": (
            "Reporting rules let donors count some refugee costs at home as aid. Separating "
            "those figures would show partner countries what they can actually plan on."
        ),
        "category": "international-development",
        "authors": ["Priya Ramaswamy-Hale", "Margit Ellery"],
        "tags": ["budget", "africa", "europe"],
        "days_ago": 33,
        "featured": False,
        "hero": {
            "motif": "bars",
            "alt": "Illustration: a bar chart of nine navy bars, one highlighted in gold",
            "caption": "Headline aid totals can hide large shifts in where the money is actually spent.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Official development assistance is meant to measure what wealthy countries spend to support development abroad. Under international reporting rules, however, donors can count some costs incurred at home, most notably the first year of support for refugees arriving on their own territory. In years of high arrivals, by our rough estimate, these in-donor costs have approached a fifth of reported aid for several European donors.</p>
<h2>Why it matters</h2>
<p>Supporting refugees is a legitimate and often urgent use of public money. The problem is accounting. When in-donor costs count toward aid targets, a spike in arrivals can crowd out programs in partner countries without any change in the headline total. Partner governments in Africa and elsewhere find that promised funding shrinks or slips, even as donors report stable or rising generosity. Programs in health, education and agriculture, which depend on steady multi-year funding, are usually the first to be trimmed.</p>
<p>The rules also create uneven comparisons. Donors differ in how they calculate refugee costs, and some include items others would not. Rankings of donor generosity can therefore say as much about accounting choices as about spending abroad. Some donors include administrative and housing costs that others leave out, which makes even year-to-year comparisons within a single country harder.</p>
<h2>Options for reform</h2>
<ul>
<li><strong>Report in-donor costs separately</strong>, so that aid delivered in partner countries is visible on its own.</li>
<li><strong>Fund refugee reception from domestic budgets</strong> rather than from aid allocations, as some donors already do.</li>
<li><strong>Harmonize methods</strong> so that figures are comparable across donors.</li>
</ul>
<p>None of these reforms requires spending more. They require being clear about what is being spent, and where. For partners who plan their budgets around donor commitments, that predictability is worth a great deal. For donor governments, honest accounting protects the credibility of the promises they will need to make again.</p>""",
    },
    {
        "title": "Cash Transfers Work Best When the Payment Rails Work",
        "slug": "cash-transfers-payment-rails",
        "standfirst": (
            "The evidence for cash transfers is strong. Whether they reach people on time and "
            "in full depends on unglamorous payment infrastructure that donors rarely fund."
        ),
        "category": "international-development",
        "authors": ["Lucien Baptiste"],
        "tags": ["africa", "technology", "labor markets"],
        "days_ago": 117,
        "featured": False,
        "hero": {
            "motif": "network",
            "alt": "Illustration: a network of navy dots joined by thin lines, with larger gold dots at some junctions",
            "caption": "Payment networks decide how much of a transfer actually reaches a household.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>The evidence that cash transfers can reduce poverty is now extensive. Across many low- and middle-income countries, regular payments to poor households have been linked to better nutrition, higher school attendance and more small-business investment, with little sign of the wasteful spending skeptics once predicted. The debate has moved on from whether cash works to how it can be delivered well.</p>
<h2>The plumbing problem</h2>
<p>Here the unglamorous details matter enormously. A transfer that arrives late, arrives short after fees, or requires a full day's travel to collect is worth much less than its face value. Programs that rely on manual cash distribution face leakage and long queues; programs that rely on mobile money can exclude people without phones, network coverage or identity documents. Every one of those frictions falls hardest on the poorest and most remote households, the very people a program is meant to reach.</p>
<p>Countries that have scaled transfers successfully tend to have invested first in the rails: interoperable payment systems, agent networks that reach rural areas, and registries that can be updated when a household's circumstances change. In emergencies, those investments let governments expand support in days rather than months.</p>
<blockquote><p>The generosity of a transfer program is set in the budget. Its usefulness is set in the payment system.</p></blockquote>
<h2>Priorities for donors and governments</h2>
<ul>
<li>Fund shared payment infrastructure, not separate delivery systems for each program.</li>
<li>Cap and publish the fees recipients pay to withdraw money.</li>
<li>Keep a non-digital option for the people the digital system still misses.</li>
</ul>
<p>Donors have often preferred to fund visible programs over invisible infrastructure. The preference is understandable but costly. A well-built payment system can serve pensions, disability benefits and emergency relief alike, so the return on that investment compounds over time. The next generation of social protection in Africa and elsewhere will be built as much by payments engineers as by policy designers.</p>""",
    },
    # --- Trade --------------------------------------------------------------
    {
        "title": "Paperwork Is a Trade Barrier Too: The Case for Digital Customs",
        "slug": "digital-customs-paperwork-trade-barrier",
        "standfirst": (
            "For many small exporters, border paperwork costs more than any tariff. Digital "
            "customs systems are a cheap fix that governments keep putting off."
        ),
        "category": "trade",
        "authors": ["Priya Ramaswamy-Hale"],
        "tags": ["trade policy", "technology", "africa", "regulation"],
        "days_ago": 2,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a scattered grid of square blocks in shades of brown, with a few teal squares",
            "caption": "Each extra form at the border adds a small cost that falls hardest on small firms.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Trade debates tend to revolve around tariffs, but for many businesses the bigger obstacle is paperwork. Moving goods across a border can require dozens of documents, submitted to several agencies, often on paper and often more than once. For large firms with specialist staff, this is a cost of doing business. For small exporters, it can be the reason they never start.</p>
<h2>The cost of friction</h2>
<p>Delays at borders tie up working capital, spoil perishable goods and make delivery dates unreliable. Studies of trade facilitation consistently estimate that reducing these frictions could lower trade costs by more than many tariff cuts, though the figures vary by region and method. The gains tend to be largest for landlocked countries, small firms and time-sensitive goods.</p>
<p>Many of the fixes are well understood. A single window lets traders submit information once, to be shared among all relevant agencies. Electronic certificates replace stamped paper. Risk-based inspection focuses checks on high-risk shipments instead of opening everything. Officials spend less time on routine consignments and more on the cases that genuinely need scrutiny.</p>
<h2>Why progress is slow</h2>
<p>Implementation is harder than design. Agencies guard their own systems and data. Legal frameworks may not recognize electronic documents. Neighboring countries adopt incompatible standards, so a shipment that clears digitally on one side of a border meets paper on the other. Across Africa, regional integration efforts have made digital customs a priority, but links between national systems remain uneven.</p>
<ul>
<li>Adopt common data standards with neighbors and major trading partners.</li>
<li>Give electronic trade documents the same legal standing as paper.</li>
<li>Measure and publish border clearance times.</li>
</ul>
<p>Digital customs rarely make headlines. But for a small firm trying to ship its first container, a border that clears in hours rather than days can matter more than any tariff schedule.</p>""",
    },
    {
        "title": "Critical Minerals Clubs: Who Gets In, and on What Terms",
        "slug": "critical-minerals-clubs-terms",
        "standfirst": (
            "Importing countries are forming clubs to secure lithium, cobalt and rare earths. "
            "Unless producer nations are treated as members, the clubs will struggle."
        ),
        "category": "trade",
        "authors": ["Priya Ramaswamy-Hale"],
        "tags": ["trade policy", "china", "africa", "energy", "united states"],
        "days_ago": 74,
        "featured": False,
        "hero": {
            "motif": "circles",
            "alt": "Illustration: overlapping circle outlines in brown and teal",
            "caption": "Overlapping memberships are becoming the norm in minerals diplomacy.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Governments worried about supplies of lithium, cobalt, rare earths and other critical minerals are increasingly forming clubs: groups of like-minded countries that coordinate investment, share information and, in some proposals, agree common standards or price floors. The logic is straightforward. Processing of many of these minerals is concentrated in China, and no single importing country, the United States included, has the weight to change that alone. Pooling demand and finance is meant to give new mines and refineries elsewhere a fighting chance.</p>
<h2>The producer question</h2>
<p>The harder question is who sits at the table. Many of the richest deposits are in Africa and Latin America, in countries that have watched earlier resource booms leave behind holes in the ground and little else. They are understandably wary of arrangements designed mainly to secure supply for wealthy consumers. Memories of contracts that locked in low royalties for decades still shape how new offers are received.</p>
<p>Producer governments increasingly want more of the value chain at home, from refining to component manufacturing, along with revenue terms that survive price swings. Clubs that offer only purchase agreements and security talking points will find partners hedging their bets with every available buyer.</p>
<blockquote><p>A minerals club that treats producers as suppliers rather than members will struggle to keep either.</p></blockquote>
<h2>Terms worth offering</h2>
<ul>
<li><strong>Co-investment in local processing</strong>, with realistic timelines and shared technical training.</li>
<li><strong>Environmental and labor standards</strong> that apply to all members, not only producers.</li>
<li><strong>Stable demand commitments</strong> that help producers finance new projects through price downturns.</li>
</ul>
<p>Diplomacy and trade policy need to work together here. A club built on genuine partnership could diversify supply chains and support development at the same time. One built on old habits will simply reproduce the concentration it was meant to reduce, with a new set of names attached.</p>""",
    },
    # --- Fiscal Policy --------------------------------------------------------
    {
        "title": "The Case for Boring Budget Rules",
        "slug": "case-for-boring-budget-rules",
        "standfirst": (
            "Fiscal rules fail when they are too rigid or too clever. The ones that last are "
            "simple, tied to what governments control, and watched by an independent referee."
        ),
        "category": "fiscal-policy",
        "authors": ["Priya Ramaswamy-Hale"],
        "tags": ["budget", "europe", "regulation"],
        "days_ago": 12,
        "featured": False,
        "hero": {
            "motif": "lines",
            "alt": "Illustration: a thick brown line and a thin teal line rising and falling across a faint grid",
            "caption": "A good rule lets borrowing rise in a downturn and fall back afterward.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Fiscal rules, meaning limits on deficits, debt or spending growth, are meant to discipline governments that would otherwise borrow too freely. In practice, many have proven either too rigid to survive a recession or too complex to enforce. Europe's long experience with its own rules illustrates both failures: numerical targets suspended when they bit hardest, and escape clauses so elaborate that few outside finance ministries could follow them.</p>
<h2>What good rules have in common</h2>
<p>The rules that work best are, frankly, boring. They are simple enough for legislators and journalists to understand, tied to variables a government actually controls, and backed by an independent fiscal council that reports publicly on whether they are being met. When a rule is easy to explain, breaking it carries a political cost, which is precisely what gives it force.</p>
<ul>
<li><strong>Spending rules over deficit rules:</strong> governments control spending; they do not control the business cycle.</li>
<li><strong>Medium-term anchors:</strong> a debt target over several years rather than a single year's deficit.</li>
<li><strong>Clear escape clauses:</strong> defined in advance, triggered by an independent body, with a path back.</li>
</ul>
<h2>Protecting investment</h2>
<p>One recurring weakness is that rules squeeze the spending that is easiest to cut, which is often public investment. Roads, grids and school buildings can be postponed without immediate political pain, so they are. Over time that erodes the productive capacity that makes debt sustainable in the first place. Some economists propose excluding investment from deficit targets altogether; a more cautious option is to ring-fence a minimum level of net investment inside the overall rule.</p>
<p>No rule can substitute for political will. But a good one makes the trade-offs visible and the cost of breaking it clear. In fiscal policy, that kind of dull transparency is a feature, not a flaw.</p>""",
    },
    # --- Labour and Skills ------------------------------------------------------
    {
        "title": "Apprenticeships Are Back in Fashion. Are They Back in Quality?",
        "slug": "apprenticeships-quality-not-volume",
        "standfirst": (
            "Governments love to announce apprenticeship targets. Counting starts rather than "
            "outcomes risks relabeling ordinary jobs instead of building real skills."
        ),
        "category": "labour-and-skills",
        "authors": ["Lucien Baptiste"],
        "tags": ["labor markets", "europe", "united states"],
        "days_ago": 6,
        "featured": False,
        "hero": {
            "motif": "bars",
            "alt": "Illustration: a bar chart of nine brown bars of varying height, one picked out in teal",
            "caption": "Starts are easy to count; completions and later earnings tell the real story.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Apprenticeships are enjoying a political revival on both sides of the Atlantic. Governments in Europe and the United States have launched programs, funding pots and public campaigns aimed at persuading young people, and employers, that learning on the job can be as valuable as a university degree. The enthusiasm is welcome. The quality of what is on offer varies enormously. Some programs offer years of structured training toward a recognized trade; others amount to a few weeks of induction under a new label.</p>
<h2>Volume is the wrong target</h2>
<p>When ministers announce apprenticeship goals, they usually announce a number of starts. That creates a predictable incentive: relabel existing training, or existing jobs, as apprenticeships to hit the target. In some systems, by rough estimates, a meaningful share of new apprenticeships have gone to people already employed by the same firm, with modest extra training attached.</p>
<p>Strong systems look different. They combine paid work with structured off-the-job learning, lead to a recognized qualification that other employers value, and involve employers and unions in setting standards. Completion rates are tracked and published, as are wages several years later. Young people can compare programs the way they might compare colleges, and weak providers lose funding.</p>
<blockquote><p>An apprenticeship is only as good as the job it leads to after the certificate is handed over.</p></blockquote>
<h2>Measures that matter</h2>
<ul>
<li>Report completion rates and earnings three and five years on, by program and provider.</li>
<li>Direct funding toward young people and career changers rather than existing staff.</li>
<li>Help small firms, which often lack the capacity to train, through shared training arrangements.</li>
</ul>
<p>Done well, apprenticeships widen opportunity for people who do not thrive in classrooms and help employers fill stubborn skill gaps. Done badly, they become a subsidy for training firms would have provided anyway. The difference lies in what governments choose to count.</p>""",
    },
    {
        "title": "Remote Work Has Quietly Redrawn the Labor Map",
        "slug": "remote-work-labor-map",
        "standfirst": (
            "Hybrid work has settled into a lasting pattern for professionals. Its effects on "
            "cities, transit budgets and tax rules reach far beyond the home office."
        ),
        "category": "labour-and-skills",
        "authors": ["Priya Ramaswamy-Hale"],
        "tags": ["labor markets", "cities", "technology"],
        "days_ago": 95,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a city-block grid of brown squares with scattered gaps and a few teal blocks",
            "caption": "Downtown districts built around the daily commute are adjusting to emptier weekdays.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>The shift to remote and hybrid work has settled into a durable pattern. Fully remote jobs remain a minority, but a large share of professional workers now spend part of the week at home, and most employers have stopped trying to reverse it. The economic consequences are spreading well beyond the office.</p>
<h2>Winners and losers</h2>
<p>For workers who can work remotely, the gains are substantial: less commuting, more flexibility and, for some, the freedom to live in cheaper places while keeping big-city salaries. Those workers are disproportionately well educated and well paid. For the large majority of jobs, in care, logistics, retail and manufacturing, none of this applies.</p>
<p>Cities feel the shift unevenly. Downtown districts built around daily commuters have seen foot traffic and related service jobs fall, while suburbs and smaller towns have gained spending. Transit systems budgeted around five-day commuting face structural revenue gaps. Small businesses that once lived off the lunchtime crowd, from sandwich shops to dry cleaners, have had to move or shrink.</p>
<h2>Policy has not caught up</h2>
<p>Much of the rulebook still assumes that people work where their employer is. Tax systems struggle with employees who live in one jurisdiction and work for a firm in another. Workplace inspections, health and safety rules and collective bargaining arrangements were built for shared premises. Enforcing working-time limits is harder when the workplace is a kitchen table.</p>
<ul>
<li>Clarify tax rules for remote work across state and national borders.</li>
<li>Rethink transit funding around all-day ridership, not just the morning peak.</li>
<li>Help downtown areas find new uses for surplus office space.</li>
</ul>
<p>Remote work is neither a revolution nor a fad. It is a sizable, lasting change in how a slice of the workforce operates, with knock-on effects for everyone else, including the many workers who never had the option. Policy should treat it that way.</p>""",
    },
    # --- Energy Transition -----------------------------------------------------
    {
        "title": "Industrial Heat Is the Hard Part of Decarbonization",
        "slug": "industrial-heat-decarbonization",
        "standfirst": (
            "Cleaning up electricity was the easier stretch. Heat for steel, cement, chemicals "
            "and food processing is where climate policy and trade policy now collide."
        ),
        "category": "energy-transition",
        "authors": ["Jonah Whitcombe"],
        "tags": ["energy", "climate", "europe", "trade policy"],
        "days_ago": 3,
        "featured": False,
        "hero": {
            "motif": "waves",
            "alt": "Illustration: layered horizontal waves in shades of deep green and golden yellow",
            "caption": "Industrial processes need heat at very different temperatures, and each calls for different tools.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Much of the progress on cutting emissions has come from electricity, as coal plants give way to wind, solar and gas. The next stretch is harder. A large share of industrial energy use goes to heat, for making steel, cement, chemicals, glass, paper and food, and much of it is still supplied by burning fossil fuels on site.</p>
<h2>Different temperatures, different tools</h2>
<p>Not all industrial heat is equally difficult. Low-temperature heat, used in food processing or paper drying, can often come from industrial heat pumps, which are increasingly efficient and widely available. Medium temperatures can be reached with electric boilers or thermal storage charged when power is cheap. The highest temperatures, needed for steel and cement, may require hydrogen, electric furnaces or carbon capture, most of which remain expensive and early in deployment.</p>
<p>The economics depend heavily on the relative price of electricity and gas, on grid capacity at industrial sites and on the cost of replacing equipment that may have years of useful life left. Industrial plants run on long investment cycles, so a boiler replaced today with another gas unit may lock in emissions for twenty years or more.</p>
<h2>Policy levers</h2>
<ul>
<li><strong>Carbon pricing with border adjustments</strong>, so clean producers are not undercut by higher-emission imports.</li>
<li><strong>Contracts for difference</strong> that guarantee a price for low-carbon products while costs fall.</li>
<li><strong>Grid upgrades at industrial clusters</strong>, planned ahead of demand.</li>
<li><strong>Public procurement</strong> of low-carbon steel and cement for infrastructure projects.</li>
</ul>
<p>Europe has moved furthest on several of these, and its experience is instructive. It also shows how complex such schemes become once every sector asks for its own exemptions. In heavy industry, trade policy and climate policy are becoming inseparable: without measures against carbon leakage, emissions may simply move elsewhere, taking the jobs with them. Getting industrial heat right is as much about competitiveness as about climate.</p>""",
    },
    {
        "title": "Heat Pumps and the Politics of the Monthly Bill",
        "slug": "heat-pumps-politics-of-the-bill",
        "standfirst": (
            "Heat pump sales have stalled in several countries. The culprit is often not the "
            "technology but energy taxes that make clean electricity pricier than gas."
        ),
        "category": "energy-transition",
        "authors": ["Jonah Whitcombe"],
        "tags": ["energy", "climate", "europe", "cities"],
        "days_ago": 57,
        "featured": False,
        "hero": {
            "motif": "lines",
            "alt": "Illustration: a thick deep green line and a thin golden yellow line rising and falling across a faint grid",
            "caption": "The ratio between electricity and gas prices decides whether a heat pump saves money.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Heat pumps are central to most plans for cutting emissions from buildings in Europe and elsewhere. They are efficient, increasingly reliable in cold climates, and can run on a grid that is steadily getting cleaner. Yet in several countries sales have stalled after an early surge, and proposals to phase out gas boilers have become political flashpoints. The debate is often framed as a fight over technology, but it is mostly a fight over money.</p>
<h2>It is about the bill</h2>
<p>Households judge heating systems by two numbers: what they cost to install and what they cost to run. On the first, heat pumps remain expensive in many markets even after subsidies. On the second, the answer depends heavily on the ratio between electricity and gas prices. Where electricity carries heavy levies while gas does not, a heat pump can cost as much to run as the boiler it replaces, or more.</p>
<p>That is a policy choice, not a law of physics. Many governments load climate and social charges onto electricity bills while leaving gas lightly taxed. The effect is to penalize exactly the switch they say they want. Rebalancing those charges need not raise the overall tax take; it simply stops pointing the price signal in the wrong direction.</p>
<h2>Getting the signals right</h2>
<ul>
<li>Shift levies from electricity bills toward general taxation or toward gas.</li>
<li>Offer low-interest loans or on-bill repayment so upfront costs do not block adoption.</li>
<li>Train installers at scale; poor installations give the technology a bad name.</li>
</ul>
<p>There is also a fairness question. Households that switch early tend to be wealthier homeowners. Renters and lower-income families risk being left on a shrinking gas network whose fixed costs are spread over fewer and fewer customers. Planning that transition now, street by street in cities and towns, is far cheaper than managing it in a hurry later.</p>""",
    },
    # --- Adaptation and Resilience --------------------------------------------
    {
        "title": "Managed Retreat Is the Adaptation Debate Coastal Towns Avoid",
        "slug": "managed-retreat-coastal-towns",
        "standfirst": (
            "In some flood-prone places, protection is becoming ruinously expensive. Planned "
            "relocation is painful, but unplanned retreat after each disaster is worse."
        ),
        "category": "adaptation-and-resilience",
        "authors": ["Jonah Whitcombe", "Priya Ramaswamy-Hale"],
        "tags": ["climate", "cities", "budget"],
        "days_ago": 21,
        "featured": False,
        "hero": {
            "motif": "waves",
            "alt": "Illustration: layered horizontal waves in deep green and golden yellow rising toward the top of the frame",
            "caption": "For some low-lying neighborhoods, the cost of holding back the water keeps rising.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Most adaptation spending aims to keep people where they are: higher sea walls, stronger levees, raised roads. For many places that is the right choice. But in some low-lying coastal and riverside communities, repeated flooding is making protection ever more expensive, and the question no one wants to ask is becoming unavoidable: should some neighborhoods move?</p>
<h2>Why the topic is avoided</h2>
<p>Managed retreat, the planned relocation of people and assets away from high-risk areas, touches almost everything people care about: home, community, property values and the local tax base. Elected officials fear being seen to abandon constituents. Homeowners fear losing the value of their largest asset. And local governments depend on property taxes from the very areas most at risk.</p>
<p>Yet the alternative to planned retreat is often unplanned retreat. People leave after a disaster, one household at a time and often with little support, while those with fewer resources stay behind in declining neighborhoods. Local services then decline too, as the tax base shrinks faster than the need for them.</p>
<h2>Doing it better</h2>
<ul>
<li><strong>Voluntary buyouts</strong> offered before disasters, not only after, at fair prices.</li>
<li><strong>Relocation within the community</strong> where possible, so social ties and local tax bases survive.</li>
<li><strong>Honest risk information</strong>, including flood history disclosure when homes are sold.</li>
<li><strong>Long-term funding</strong> that does not depend on a disaster declaration to unlock.</li>
</ul>
<blockquote><p>The choice is rarely between staying and leaving. It is between leaving with a plan and leaving without one.</p></blockquote>
<p>Buyouts are not cheap, but by rough estimates they can cost less over time than rebuilding repeatedly in the same place. The hardest part is not money but trust. Communities that have relocated successfully usually began with years of local conversation, led by residents rather than imposed from outside. Those conversations take time, which is one more reason to start them before the next flood rather than after it.</p>""",
    },
    {
        "title": "Extreme Heat Is a Labor Issue",
        "slug": "extreme-heat-is-a-labor-issue",
        "standfirst": (
            "Heat waves are treated as health emergencies, but for outdoor and warehouse "
            "workers they are also a workplace hazard that many rulebooks barely address."
        ),
        "category": "adaptation-and-resilience",
        "authors": ["Jonah Whitcombe", "Lucien Baptiste"],
        "tags": ["climate", "public health", "labor markets"],
        "days_ago": 103,
        "featured": False,
        "hero": {
            "motif": "bars",
            "alt": "Illustration: a bar chart of nine deep green bars of uneven height, one in golden yellow",
            "caption": "Hot days are becoming more frequent, and working hours lost to heat are rising with them.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Heat waves are usually discussed as a public health emergency, and rightly so. They are also, increasingly, a labor issue. Construction workers, farmhands, warehouse staff and delivery riders spend long hours in conditions that are becoming hotter and more frequent. The risks range from heat exhaustion to accidents caused by fatigue and impaired judgment.</p>
<h2>A gap in the rulebook</h2>
<p>Many countries have no enforceable heat standard for workplaces. Where rules exist, they often rely on a general duty to protect workers rather than specific thresholds that trigger rest breaks, shade or schedule changes. Indoor workers in poorly ventilated buildings may fall outside the rules altogether. Enforcement is often driven by complaints, which works poorly for workers on short contracts or with insecure immigration status.</p>
<p>The economic costs are real as well. Productivity drops sharply at high temperatures, and by some estimates working hours lost to heat are already a noticeable drag on output in hot regions. Those losses are likely to grow. Workers paid by the piece or by the delivery face a particular squeeze, since resting in the shade means earning less.</p>
<h2>What a practical standard looks like</h2>
<ul>
<li>Clear temperature and humidity thresholds that trigger mandatory breaks, water and shade.</li>
<li>Acclimatization periods for new workers and for the first hot days of the season.</li>
<li>Permission to shift work to cooler hours without penalties under scheduling rules.</li>
<li>Heat illness recorded and reported like any other workplace injury.</li>
</ul>
<p>Employers sometimes resist such rules as costly. But the alternative is not zero cost; it is costs borne by workers' health, by hospitals during heat waves, and by firms through accidents and absences. Standards developed with employers and unions can be simple to follow and cheap to comply with.</p>
<p>Adaptation is often pictured as sea walls and cooling centers. It also includes the humble rest break in the shade.</p>""",
    },
    # --- Digital Governance ------------------------------------------------------
    {
        "title": "Data Portability Rules Need Teeth and Plumbing",
        "slug": "data-portability-teeth-and-plumbing",
        "standfirst": (
            "The right to take your data to a rival service exists on paper in many places. "
            "Without common formats and direct transfers, few people ever use it."
        ),
        "category": "digital-governance",
        "authors": ["Amara Quist"],
        "tags": ["regulation", "technology", "europe"],
        "days_ago": 8,
        "featured": False,
        "hero": {
            "motif": "network",
            "alt": "Illustration: indigo dots joined by thin lines, with a few larger teal dots",
            "caption": "Portability only changes markets when data can flow directly between services.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Data portability, the right to take your data from one service to another, has been written into law in Europe and, in narrower forms, in several U.S. states. The idea is appealing: if users can move their photos, playlists, contacts or purchase history easily, they are less locked in, and new competitors get a fairer chance. In practice, the right has been used far less than its advocates hoped.</p>
<h2>Rights without plumbing</h2>
<p>The main obstacle is technical. Many services comply by offering a downloadable archive in a format no competitor can readily import. A user who exports years of data receives a large file and nowhere useful to put it. Portability that works only once, by hand, does little to change competition. Few people will spend an evening converting files so they can try a rival service that may not last.</p>
<p>What makes portability meaningful is continuous, direct transfer between services through standardized interfaces, with the user's consent. Open banking rules in several countries show that this can work when regulators define the standards, set security requirements and oversee compliance. Customers of participating banks can connect budgeting apps or switch providers without retyping years of history.</p>
<h2>Giving the rule teeth</h2>
<ul>
<li><strong>Common formats:</strong> regulators and industry should agree standards for the major data types.</li>
<li><strong>Ongoing transfer:</strong> for large platforms, portability should be continuous, not a one-off download.</li>
<li><strong>Security baselines:</strong> recipients must meet clear standards so portability does not become a privacy risk.</li>
<li><strong>Enforcement:</strong> measure how often transfers succeed, and penalize obstruction.</li>
</ul>
<p>Portability is not a cure for market concentration on its own. Combined with interoperability requirements and vigorous competition enforcement, though, it can lower the switching costs that keep users stuck. It also gives smaller firms a reason to build products that would be pointless if nobody could bring their data along. Regulation has established the principle. The next step is building the pipes.</p>""",
    },
    {
        "title": "Age Verification Online: The Trade-Offs Nobody Likes",
        "slug": "age-verification-online-trade-offs",
        "standfirst": (
            "Lawmakers want platforms to check users' ages. Every method trades accuracy "
            "against privacy and access, so the design matters more than the mandate."
        ),
        "category": "digital-governance",
        "authors": ["Amara Quist"],
        "tags": ["regulation", "technology", "united states", "public health"],
        "days_ago": 66,
        "featured": False,
        "hero": {
            "motif": "circles",
            "alt": "Illustration: overlapping circle outlines in indigo and teal",
            "caption": "Accuracy, privacy and access overlap, but no method satisfies all three at once.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Lawmakers in the United States and elsewhere are moving to require online services to verify users' ages, especially for social media and adult content. The goal of protecting children from harmful material and manipulative design commands broad support. The methods are much more contested, because every way of checking age online trades off accuracy, privacy and access. Parents, privacy advocates and platforms all have legitimate concerns, and they rarely point in the same direction.</p>
<h2>The menu of options</h2>
<ul>
<li><strong>Self-declaration</strong> is easy and private, and easily bypassed.</li>
<li><strong>Document checks</strong> are accurate but require users to share identity documents, creating tempting targets for data breaches.</li>
<li><strong>Facial age estimation</strong> avoids documents but raises concerns about accuracy across different groups and about biometric data.</li>
<li><strong>Third-party tokens</strong> let a trusted provider confirm age without revealing identity, but depend on a working ecosystem of such providers.</li>
</ul>
<h2>Design choices matter more than mandates</h2>
<p>A well-designed regime would scale checks to risk: light-touch methods for general services, stronger verification for genuinely high-risk content. It would require data minimization, so that verification produces only a yes-or-no answer and nothing is kept. And it would be paired with design duties, such as private-by-default settings and limits on recommendation systems for minors, that do not depend on perfect age checks to work. Children are protected by safer defaults even when a check is fooled.</p>
<p>There is also an access question. Adults without identity documents, or who reasonably fear sharing them, should not be shut out of lawful speech and information. Regulators should require at least one privacy-preserving route for every check. Independent audits of how verification providers handle data would add a further safeguard.</p>
<p>Age verification is likely to spread regardless of the objections. The realistic task is to shape how it is done, so the cure does not create problems as serious as the one it addresses.</p>""",
    },
    # --- Artificial Intelligence ------------------------------------------------
    {
        "title": "Watermarks Alone Will Not Protect Elections From Synthetic Media",
        "slug": "watermarks-synthetic-media-elections",
        "standfirst": (
            "Labeling AI-generated content is useful but easy to defeat. Protecting elections "
            "needs provenance for real content and institutions that can respond fast."
        ),
        "category": "artificial-intelligence",
        "authors": ["Amara Quist"],
        "tags": ["technology", "elections", "regulation"],
        "days_ago": 1,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a scattered grid of indigo squares in varying shades, with a few teal squares",
            "caption": "Telling authentic material from fabricated material is getting harder pixel by pixel.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>As generative AI tools make it easy to produce realistic images, audio and video, lawmakers are looking for ways to help voters tell authentic content from fabricated material. Watermarking, which embeds a signal in AI-generated content to identify its origin, has become a favored answer. It is a useful tool. It is not a solution on its own.</p>
<h2>The limits of labels</h2>
<p>Watermarks can be stripped, degraded by compression or simply absent when content is made with open tools that do not apply them. Detection systems produce both false positives and false negatives. And labeling AI-generated material does nothing about the more common problem of genuine content shown out of context, or cheaply edited clips that need no AI at all.</p>
<p>There is also a paradox. If voters learn to trust only labeled content, unlabeled fakes may seem more credible. And if anything can be dismissed as possibly fake, genuine evidence of wrongdoing loses its force. Researchers sometimes call this the liar's dividend: the mere existence of convincing fakes gives cover to anyone caught on tape.</p>
<h2>A layered approach</h2>
<ul>
<li><strong>Provenance for authentic content:</strong> news organizations and campaigns can cryptographically sign what they publish.</li>
<li><strong>Platform duties</strong> for rapid response during election periods, with clear reporting channels for candidates and officials.</li>
<li><strong>Targeted rules</strong> against deceptive synthetic depictions of candidates close to an election, narrowly drawn to protect satire.</li>
<li><strong>Public education</strong> that focuses on checking sources rather than spotting visual glitches.</li>
</ul>
<p>Election officials need support too. They are often the first targets of fabricated claims about voting procedures, and they need channels to correct falsehoods quickly. A short, trusted statement from a local election office can travel further than any fact-check. The technology will keep changing, and any single technical fix will be overtaken. Institutions that can respond quickly and credibly will matter more than any label.</p>""",
    },
    {
        "title": "What Compute Export Controls Can Realistically Achieve",
        "slug": "compute-export-controls-limits",
        "standfirst": (
            "Restrictions on advanced chips and chipmaking tools can slow a rival's AI "
            "progress. They cannot stop it, and treating them as a permanent wall will disappoint."
        ),
        "category": "artificial-intelligence",
        "authors": ["Amara Quist", "Tomasz Okafor-Lind"],
        "tags": ["technology", "china", "security", "trade policy"],
        "days_ago": 45,
        "featured": False,
        "hero": {
            "motif": "network",
            "alt": "Illustration: a web of indigo dots linked by thin lines, with larger teal dots at a few hubs",
            "caption": "Chip supply chains run through a handful of chokepoints spread across several countries.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Controls on exports of advanced chips and chipmaking equipment have become a central instrument of technology competition between the United States, its allies and China. The theory is that limiting access to the most powerful computing hardware slows the development of frontier AI systems with military uses. The policy is now several rounds deep, and it is worth asking what it can realistically achieve.</p>
<h2>What controls can do</h2>
<p>Export controls raise costs and create delays. Without the most advanced equipment, producing leading-edge chips at home becomes slower, costlier and less reliable. Restricting sales of high-end chips forces developers onto less efficient hardware or larger clusters of older chips. These frictions are real, and in a fast-moving field, time matters. A lead of even a year or two can shape which standards, products and partnerships take hold.</p>
<h2>What they cannot do</h2>
<p>Controls cannot freeze a capable rival in place. They create strong incentives for domestic substitution, and some buyers will find ways around them through smuggling, remote cloud access or front companies. Algorithmic advances can also reduce the computing power needed for a given capability. And controls that allies do not fully share leak at the edges. Each new round also invites a round of workarounds, and the list of controlled items grows harder to administer.</p>
<ul>
<li><strong>Coordination:</strong> controls work only if the main equipment suppliers apply them consistently.</li>
<li><strong>Enforcement:</strong> export agencies need more staff and better data to track diversion.</li>
<li><strong>Calibration:</strong> overly broad controls hurt domestic firms and push neutral buyers toward alternatives.</li>
</ul>
<p>The honest framing is that export controls buy time. They are most useful if that time is used well: to invest in research, strengthen the security of AI systems and build international agreements on the riskiest uses. Treated as a permanent wall rather than a temporary advantage, they are likely to disappoint.</p>""",
    },
    # --- Health -------------------------------------------------------------------
    {
        "title": "Antibiotic Resistance Needs a New Business Model",
        "slug": "antibiotic-resistance-business-model",
        "standfirst": (
            "A good new antibiotic should be used as little as possible, which makes it a poor "
            "commercial bet. Paying for availability rather than volume could fix that."
        ),
        "category": "health",
        "authors": ["Lucien Baptiste"],
        "tags": ["public health", "regulation", "budget"],
        "days_ago": 11,
        "featured": False,
        "hero": {
            "motif": "circles",
            "alt": "Illustration: overlapping circle outlines in brick red and slate grey",
            "caption": "New antibiotics are most valuable when they are kept in reserve.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Drug-resistant infections are among the most serious long-term threats to public health, making routine surgery, cancer treatment and childbirth riskier. Health authorities have warned for years that new antibiotics are urgently needed. Yet the pipeline remains thin, and several companies that brought new antibiotics to market have struggled financially or left the field.</p>
<h2>A market that punishes success</h2>
<p>The problem is structural. A good new antibiotic should be used sparingly, held in reserve for resistant infections to slow the emergence of further resistance. That is sound medicine and terrible business. A drug that sells in small volumes cannot recover the high cost of development, so investors look elsewhere.</p>
<p>Traditional incentives, such as longer patent protection, do little to help because they still depend on sales volume. What is needed is a way to pay for the value an antibiotic provides as insurance, whether or not it is used much.</p>
<h2>Paying for availability</h2>
<p>Several countries have begun testing subscription-style models, in which health systems pay a fixed annual fee for access to a new antibiotic regardless of how many doses are used. Early pilots are small, and the payments modest relative to global development costs. For the model to change investment decisions, more countries would need to join, with payments large and predictable enough to matter.</p>
<ul>
<li>Pool subscription commitments across countries to create a meaningful market signal.</li>
<li>Link payments to stewardship and to access in low-income countries.</li>
<li>Keep public funding for early research, where the scientific risk is highest.</li>
</ul>
<blockquote><p>We insure against fires we hope never to have. Antibiotics deserve the same logic.</p></blockquote>
<p>The budget cost would be small next to the cost of widespread resistance. The harder part is collective action: every country benefits from new antibiotics, and each would prefer others to pay. Public health diplomacy will have to close that gap.</p>""",
    },
    {
        "title": "Preparing for the Next Outbreak Means Funding the Boring Parts",
        "slug": "outbreak-preparedness-boring-parts",
        "standfirst": (
            "After every epidemic comes a burst of funding, then a slow fade. Preparedness "
            "depends on routine capabilities kept in working order between crises."
        ),
        "category": "health",
        "authors": ["Lucien Baptiste"],
        "tags": ["public health", "security", "africa", "budget"],
        "days_ago": 146,
        "featured": False,
        "hero": {
            "motif": "lines",
            "alt": "Illustration: a thick brick red line and a thin slate grey line rising and falling across a faint grid",
            "caption": "Preparedness funding tends to spike after a crisis and then drift back down.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>After every major outbreak, governments promise never to be caught unprepared again. Emergency funding flows, new agencies are announced and stockpiles are filled. Then, within a few years, budgets shrink, stockpiles expire and attention moves elsewhere. Health security specialists have a name for this: the cycle of panic and neglect.</p>
<h2>The boring parts</h2>
<p>Preparedness depends less on dramatic capabilities than on routine ones kept in working order: laboratories that can test samples quickly, surveillance systems that spot unusual patterns early, trained public health staff, reliable supply chains for protective equipment and clear legal powers for emergency measures. None of these attract much attention in normal times. They are also easy to cut, because their absence is invisible until the moment they are needed.</p>
<p>In many parts of Africa and elsewhere, regional institutions and laboratory networks have grown notably stronger in recent years, helped by domestic and external investment. The risk is that funding fades along with the memory of the last crisis. Laboratory staff hired during an emergency drift into other jobs when their contracts end, and their skills go with them.</p>
<h2>Making preparedness stick</h2>
<ul>
<li>Fund core public health functions through predictable multi-year budgets, not emergency top-ups.</li>
<li>Run regular exercises and publish the lessons, including the failures.</li>
<li>Rotate stockpiles into routine use so supplies do not simply expire.</li>
<li>Invest in regional manufacturing of vaccines, tests and basic supplies.</li>
</ul>
<p>Preparedness is a security question as much as a health one. Outbreaks disrupt economies, strain trust in institutions and can destabilize fragile states. By almost any estimate, the economic losses from a single severe outbreak dwarf decades of preparedness budgets. Treating preparedness as a permanent line in the budget, as defense is treated, rather than as a crisis response would be a modest but meaningful change.</p>""",
    },
    # --- Education -------------------------------------------------------------------
    {
        "title": "Tutoring at Scale: What Survives the Pilot",
        "slug": "tutoring-at-scale-after-the-pilot",
        "standfirst": (
            "Intensive tutoring has strong evidence behind it, but rapid expansion often "
            "dilutes the features that made it work. Protecting the dosage is the key."
        ),
        "category": "education",
        "authors": ["Lucien Baptiste"],
        "tags": ["education", "labor markets", "budget"],
        "days_ago": 38,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a grid of brick red squares in varying shades, with a few slate grey squares",
            "caption": "Small groups meeting often with the same tutor is what the strongest programs have in common.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>High-dosage tutoring, meaning frequent sessions in small groups with a consistent tutor, is among the better-evidenced education interventions of recent decades. Well-designed programs have produced sizable gains in math and reading, particularly for students who have fallen behind. After the school disruptions of the pandemic, many governments funded tutoring at unprecedented scale. The results have been more mixed than the early studies suggested.</p>
<h2>What gets lost in scaling</h2>
<p>The strongest evidence comes from programs with specific features: sessions during the school day, at least three times a week, with trained tutors working from a structured curriculum aligned with classroom teaching. When programs expanded quickly, these features were often diluted. Sessions moved to after school, where attendance drops. Groups grew larger. Tutors came and went. Each change was defensible on its own, as a way to reach more students with the same budget, but together they eroded the very features that produced results.</p>
<p>Recruitment is the binding constraint. Experienced teachers are scarce, and programs that rely on volunteers or university students can work well but need strong training and supervision. Paying tutors fairly and offering a route into teaching helps keep them beyond a single term.</p>
<h2>Designing for durability</h2>
<ul>
<li><strong>Schedule tutoring in the school day</strong>, as part of the timetable rather than an optional extra.</li>
<li><strong>Protect the dosage</strong>: fewer students served well beats many served thinly.</li>
<li><strong>Build a tutor pipeline</strong>, for example by linking tutoring to teacher training.</li>
<li><strong>Measure as you grow</strong>, tracking attendance and learning gains, not just enrollment.</li>
</ul>
<p>Tutoring also needs stable funding. Programs paid for with one-off emergency grants are vulnerable when the money runs out, and schools are reluctant to build staffing around temporary budgets. If governments believe the evidence, they should fund tutoring as a permanent part of how schools support struggling students.</p>""",
    },
    # --- Housing and Cities --------------------------------------------------------
    {
        "title": "Public Land Is the Housing Supply Hiding in Plain Sight",
        "slug": "public-land-housing-supply",
        "standfirst": (
            "Governments own surplus sites, depots and parking lots in cities short of homes. "
            "Putting that land to work is one lever they can pull without waiting for anyone."
        ),
        "category": "housing-and-cities",
        "authors": ["Lucien Baptiste", "Dev Malhotra-Stone"],
        "tags": ["cities", "budget", "regulation"],
        "days_ago": 17,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a city-block grid of brick red squares with empty gaps and a few slate grey blocks",
            "caption": "Gaps in the urban grid are often publicly owned sites waiting for a decision.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Governments at every level own a surprising amount of land in cities: surplus school sites, bus depots, parking lots, underused offices, land held by transit agencies. Much of it sits idle or underused for years. In cities short of homes, that land is one of the few resources public authorities control directly.</p>
<h2>Why it stays empty</h2>
<p>The obstacles are rarely dramatic. Land is scattered across agencies, each with its own mandate and little incentive to release it. Many public bodies are required to sell at the highest price, which can rule out affordable housing. Inventories are incomplete, so no one knows exactly what is available. And disposals often stall in local opposition once plans become public. Meanwhile, holding empty land is not free: it has to be secured, maintained and insured, year after year.</p>
<h2>Making land work harder</h2>
<ul>
<li><strong>Build a public land inventory</strong> covering every agency, and publish it.</li>
<li><strong>Allow long-term leases</strong> rather than outright sales, so the public keeps ownership and a share of future value.</li>
<li><strong>Change disposal rules</strong> so that social value, including affordable homes, can be weighed alongside price.</li>
<li><strong>Pre-zone sites</strong> for housing before offering them, reducing risk for builders.</li>
</ul>
<blockquote><p>A vacant public lot is a housing decision, even when no one remembers making it.</p></blockquote>
<p>Some cities have gone further, creating public development companies that prepare land, secure permissions and partner with private or nonprofit builders. This can speed delivery and capture more of the value created, though it requires skilled staff and clear governance to avoid becoming another slow-moving bureaucracy.</p>
<p>Public land will not solve housing shortages on its own. But it offers a lever that does not depend on persuading private owners to act, and it can be pulled relatively quickly. Cities that want more homes should start by looking at what they already own.</p>""",
    },
    {
        "title": "Turning Empty Offices Into Homes Is Harder Than It Looks",
        "slug": "office-to-housing-conversions",
        "standfirst": (
            "Half-empty office towers and housing shortages sit side by side downtown. Only a "
            "fraction of buildings convert well, and public money should be spent with care."
        ),
        "category": "housing-and-cities",
        "authors": ["Lucien Baptiste"],
        "tags": ["cities", "regulation", "budget", "labor markets"],
        "days_ago": 82,
        "featured": False,
        "hero": {
            "motif": "bars",
            "alt": "Illustration: nine brick red bars of different heights like a skyline, one in slate grey",
            "caption": "Only some office towers have the shape and depth that suit apartments.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>With hybrid work leaving many office buildings partly empty and housing shortages persisting in the same cities, converting offices into apartments looks like an obvious fix. Several cities have launched incentive programs, and a handful of high-profile conversions have drawn attention. But the number of buildings that can be converted at reasonable cost is smaller than the headlines suggest.</p>
<h2>Why conversion is hard</h2>
<p>Office buildings are designed for different needs than homes. Large, deep floor plates leave interior space far from windows, which residential codes typically require for bedrooms. Plumbing must be extended to every unit. Ventilation, fire safety and elevator systems may need replacing. By rough industry estimates, only a minority of the office stock in a typical downtown is a good physical candidate. Older, narrower buildings with smaller floors tend to convert best, and they are not always the ones sitting emptiest.</p>
<p>Financing is another obstacle. Owners may be reluctant to sell at prices that reflect a building's reduced value, and lenders are wary of unfamiliar projects. The math often works only with public support. Higher interest rates have widened that gap, since conversions take years and tie up capital throughout.</p>
<h2>Where policy can help</h2>
<ul>
<li><strong>Flexible building codes</strong> for conversions that keep safety standards while accommodating existing structures.</li>
<li><strong>Targeted tax incentives</strong> tied to affordability requirements.</li>
<li><strong>Faster permitting</strong> for qualifying conversion projects.</li>
<li><strong>Neighborhood planning</strong> that adds schools, groceries and parks as downtowns become residential.</li>
</ul>
<p>Conversions are worth pursuing: they can bring life back to quiet downtowns and add homes where infrastructure and jobs already exist. But they are one tool among many. Zoning reform, public land and new construction will usually deliver more homes per dollar. Cities should avoid pouring public money into a few expensive showcase projects when the same budget could support more homes elsewhere.</p>""",
    },
    # --- Democracy and Institutions -------------------------------------------------
    {
        "title": "What Makes a Redistricting Commission Truly Independent",
        "slug": "redistricting-commissions-independence",
        "standfirst": (
            "More states hand the drawing of district lines to commissions, with mixed results. "
            "How members are chosen and how deadlocks are broken make the difference."
        ),
        "category": "democracy-and-institutions",
        "authors": ["Dev Malhotra-Stone"],
        "tags": ["elections", "united states", "regulation"],
        "days_ago": 27,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a grid of charcoal squares in varying shades, with a few dark red squares",
            "caption": "Every ten years, the lines that group voters into districts are redrawn.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Every ten years, after the census, most U.S. states redraw the lines of legislative and congressional districts. For much of the country's history, legislators drew their own maps, with predictable results: districts shaped to protect incumbents or to favor the party in power. A growing number of states have handed the task to commissions. Their performance has varied considerably.</p>
<h2>Design details decide outcomes</h2>
<p>Commissions differ in who selects members, how many come from each party or from neither, which criteria they must follow and who has the final say. Some are advisory, and legislatures are free to ignore their maps. Others are independent in name but dominated by appointees of party leaders. When commissions deadlock, maps can end up being drawn by courts, which is rarely anyone's preferred outcome. Court-drawn maps may be fair, but they arrive late, leave candidates unsure of their districts, and put judges in an uncomfortable political spotlight.</p>
<p>The commissions that have worked best tend to share some features: members chosen through a screened process that limits the role of elected officials, a balance of partisan and unaffiliated members, clear ranked criteria, and tie-breaking rules that prevent stalemate. Funding matters too: commissions need staff, data and time to hold meaningful public hearings.</p>
<h2>Principles for reformers</h2>
<ul>
<li><strong>Transparent selection</strong>, with public applications and conflict-of-interest screening.</li>
<li><strong>Ranked criteria</strong>, such as equal population, compliance with voting rights law and respect for communities, set out in advance.</li>
<li><strong>Public participation</strong>, including open data and tools for residents to submit their own maps.</li>
<li><strong>Deadlock rules</strong> that make agreement more attractive than stalemate.</li>
</ul>
<p>No process removes politics from redistricting entirely; drawing lines involves judgments about which communities belong together. But a well-designed commission can make those judgments in public, according to stated rules. For democratic institutions, that visibility is a large part of the point.</p>""",
    },
    # --- Law and Justice ---------------------------------------------------------------
    {
        "title": "Court Backlogs Are a Governance Failure, Not Just a Legal One",
        "slug": "court-backlogs-governance-failure",
        "standfirst": (
            "Months-long waits for trial harm defendants, victims and businesses alike. Courts "
            "should be funded and measured like the essential public service they are."
        ),
        "category": "law-and-justice",
        "authors": ["Dev Malhotra-Stone", "Helena Varga"],
        "tags": ["regulation", "budget", "technology"],
        "days_ago": 52,
        "featured": False,
        "hero": {
            "motif": "lines",
            "alt": "Illustration: a thick charcoal line and a thin dark red line rising and falling across a faint grid",
            "caption": "Caseloads rise and fall, but backlogs only shrink when capacity keeps pace.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>In many countries, courts face backlogs that stretch for months or years. Criminal defendants wait in pretrial detention, civil disputes drag on, and victims wait for resolution. These delays are often treated as a problem for the legal profession. They are better understood as a governance failure with costs across society.</p>
<h2>Who pays for delay</h2>
<p>Delay has a price even when no one sends a bill. Businesses hesitate to invest when contracts are hard to enforce. Witnesses' memories fade, and some cases collapse. People held on remand may lose jobs and homes, and some are later acquitted. Trust in the justice system erodes when it cannot deliver timely outcomes. Victims, in particular, may withdraw from cases that take years to reach court.</p>
<p>The causes are varied: too few judges and court staff, outdated case management, crumbling buildings, shortages of defense lawyers, and procedural rules that allow repeated adjournments. Because each part of the system depends on the others, adding judges without adding prosecutors or defense lawyers can simply move the queue.</p>
<h2>Practical remedies</h2>
<ul>
<li><strong>Publish performance data:</strong> case volumes, time to resolution and adjournment rates, court by court.</li>
<li><strong>Invest in case management technology</strong>, including remote hearings for suitable procedural matters.</li>
<li><strong>Expand alternative dispute resolution</strong> for civil cases that do not need a full trial.</li>
<li><strong>Fund the whole system:</strong> legal aid, prosecutors and court staff, not only judges.</li>
</ul>
<p>Technology can help, but it is not a shortcut. Remote hearings save time in some cases and can disadvantage vulnerable defendants in others. Reforms should be evaluated carefully, with input from judges, lawyers and the people who use the courts. Measuring what actually happens, rather than assuming, is the habit most court systems still lack.</p>
<p>Justice delayed is a familiar phrase. The policy lesson is to treat court capacity as core public infrastructure, budgeted and managed like any other essential service.</p>""",
    },
    # --- Special cases: a draft and a scheduled piece (keep last) -----------------
    {
        "title": "What the Coming Budget Must Get Right",
        "slug": "coming-budget-what-to-get-right",
        "standfirst": (
            "The next budget must reconcile promises of restraint with rising pressures on "
            "defense, health and interest costs. Here are the tests we will apply to it."
        ),
        "category": "fiscal-policy",
        "authors": ["Priya Ramaswamy-Hale"],
        "tags": ["budget", "united states", "security"],
        "days_ago": 5,
        "featured": False,
        "status": "draft",
        "hero": {
            "motif": "bars",
            "alt": "Illustration: a bar chart of nine brown bars of uneven height, one picked out in teal",
            "caption": "Spending pressures are growing faster than revenue across several budget lines.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p><strong>Working draft, not for publication.</strong> Figures to be filled in once the budget documents are released.</p>
<p>The coming budget arrives at an awkward moment. Growth has slowed, borrowing costs remain well above where they were a few years ago, and a list of spending pressures, from defense and health to an aging population and climate adaptation, is growing faster than revenue. The government has promised both fiscal responsibility and new investment. It cannot maximize both. Something will have to give, and the budget documents should say what.</p>
<h2>Three tests</h2>
<p>We will judge the budget against three questions:</p>
<ul>
<li><strong>Is the fiscal path credible?</strong> Do the medium-term projections lean on optimistic growth assumptions or unspecified future savings?</li>
<li><strong>Is investment protected?</strong> Or are capital budgets once again absorbing cuts that day-to-day spending avoids?</li>
<li><strong>Are the trade-offs visible?</strong> Are tax and spending choices set out clearly enough for legislators to debate them?</li>
</ul>
<h2>What to watch</h2>
<p>On revenue, the key question is whether the government relies on temporary measures or tackles structural gaps, such as narrow tax bases and exemptions that have outlived their purpose. Temporary measures flatter the near-term deficit but leave the underlying gap untouched. [Section to expand with revenue estimates once published.]</p>
<p>On spending, watch the assumptions for public sector pay and for interest costs, which have become one of the fastest-growing items in many budgets. Small changes in assumed interest rates can shift the projected deficit noticeably over five years, and the sensitivity tables deserve as much attention as the headline numbers. Defense commitments made in recent months will also need to be paid for, and it is not yet clear from where.</p>
<p>[To add: comparison with last year's forecasts; the independent fiscal council's assessment once it is out; a short box on defense spending commitments.]</p>""",
    },
    {
        "title": "Citizens' Assemblies After the Novelty Wears Off",
        "slug": "citizens-assemblies-after-the-novelty",
        "standfirst": (
            "Randomly selected citizens' panels have become routine in many democracies. "
            "Whether they matter now depends on what governments do with their recommendations."
        ),
        "category": "democracy-and-institutions",
        "authors": ["Dev Malhotra-Stone", "Helena Varga"],
        "tags": ["elections", "europe", "climate"],
        "days_ago": -3,
        "featured": False,
        "status": "scheduled",
        "hero": {
            "motif": "circles",
            "alt": "Illustration: overlapping circle outlines in charcoal and dark red",
            "caption": "Assemblies bring together residents who would rarely meet, let alone deliberate.",
            "credit": _CREDIT,
        },
        "figure": None,
        "body": """<p>Over the past decade, citizens' assemblies, randomly selected groups of residents who hear evidence, deliberate and make recommendations, have moved from academic experiment to mainstream practice across Europe and beyond. They have tackled climate policy, constitutional questions and local planning disputes. As they become routine, the important question is no longer whether they can work but what makes them matter.</p>
<h2>The follow-through problem</h2>
<p>Participants typically take the process seriously, and evaluations tend to find that members come away better informed and more willing to consider opposing views. The weak point is what happens afterward. When a government commissions an assembly and then quietly shelves its recommendations, the exercise can deepen the cynicism it was meant to reduce. Members who gave up their weekends to deliberate are unlikely to volunteer again, and they tell their friends why.</p>
<blockquote><p>An assembly that is ignored is worse than no assembly at all.</p></blockquote>
<h2>Design for impact</h2>
<ul>
<li><strong>Commit in advance</strong> to a formal public response to every recommendation, with reasons for rejecting any.</li>
<li><strong>Choose the right questions:</strong> assemblies work best on value-laden trade-offs, not narrow technical matters.</li>
<li><strong>Connect to existing institutions</strong>, for example by having legislative committees take evidence from assembly members.</li>
<li><strong>Publish everything:</strong> the evidence heard, the deliberations and how members were selected.</li>
</ul>
<p>Cost and scale matter too. A well-run assembly needs skilled facilitators, expert witnesses, stipends so that people on low incomes can take part, and months of time. Governments that want the legitimacy of deliberation without paying for its quality should not be surprised when the results disappoint.</p>
<p>Assemblies are not a replacement for elections or representative institutions. Their value is as a complement: a way to bring considered public judgment into decisions that elected officials find hard to make alone. Used sparingly and taken seriously, they can strengthen democratic legitimacy. Used as public relations, they will rightly be dismissed.</p>""",
    },
]

# ----------------------------------------------------------------------
# Reader comments (invented names; example.com / example.net addresses)
# ----------------------------------------------------------------------

COMMENTS = {
    "military-recruitment-tight-labor-market": [
        {
            "name": "Harriet Quenneville",
            "email": "hquenneville@example.com",
            "website": "",
            "text": (
                "The point about applicants dropping out during months of medical and "
                "security checks rings true. A relative of mine waited most of a year and "
                "took a civilian job in the meantime. If the process is the bottleneck, that "
                "seems like the cheapest thing to fix."
            ),
            "status": "approved",
            "days_after": 0,
            "replies": [
                {
                    "name": "Osric Pellham",
                    "email": "osric.pellham@example.com",
                    "website": "https://example.net/osric",
                    "text": (
                        "Faster is good, but some of those checks exist for real reasons. "
                        "Running them in parallel, as the piece suggests, seems like the right "
                        "compromise rather than cutting corners."
                    ),
                    "status": "approved",
                    "days_after": 1,
                    "replies": [
                        {
                            "name": "Harriet Quenneville",
                            "email": "hquenneville@example.com",
                            "website": "",
                            "text": (
                                "Thanks — fair point. Parallel processing is what I'd want "
                                "too; nobody is asking for weaker vetting, just less waiting."
                            ),
                            "status": "approved",
                            "days_after": 1,
                            "replies": [],
                        }
                    ],
                }
            ],
        },
        {
            "name": "Benedikt Sorrow",
            "email": "bsorrow@example.com",
            "website": "",
            "text": (
                "Lateral entry is an interesting idea, but militaries are built on shared "
                "experience and rank earned over time. I'd be curious how a mid-career "
                "specialist would be integrated without resentment.\n\n"
                "Some countries' cyber reserve units might offer a model."
            ),
            "status": "approved",
            "days_after": 2,
            "replies": [
                {
                    "name": "Ines Marchetti-Olu",
                    "email": "ines.mo@example.com",
                    "website": "",
                    "text": (
                        "Reserve cyber units seem like the natural test case. Specialists keep "
                        "their civilian careers, and the forces get skills they could never "
                        "afford full-time."
                    ),
                    "status": "approved",
                    "days_after": 3,
                    "replies": [],
                }
            ],
        },
        {
            "name": "Calloway Fenn",
            "email": "cfenn@example.com",
            "website": "https://example.net/fenn-notes",
            "text": (
                "Good piece. Housing and childcare are the underrated part. Retention bonuses "
                "get the headlines, but families decide whether someone signs on for another "
                "term."
            ),
            "status": "approved",
            "days_after": 4,
            "replies": [],
        },
    ],
    "case-for-boring-budget-rules": [
        {
            "name": "Margarethe Osei",
            "email": "m.osei@example.com",
            "website": "",
            "text": (
                "Refreshing to see someone argue for dull rules. The spending-rule point is "
                "underappreciated: a deficit target that tightens automatically in a downturn "
                "is the opposite of what you want."
            ),
            "status": "approved",
            "days_after": 0,
            "replies": [
                {
                    "name": "Teodor Villanueva",
                    "email": "tvillanueva@example.com",
                    "website": "https://example.net/teodor",
                    "text": (
                        "Agreed, though spending rules have their own gaming problems. "
                        "Governments reclassify spending as tax breaks or push it off-budget. "
                        "Any rule needs a strong fiscal council watching the edges."
                    ),
                    "status": "approved",
                    "days_after": 1,
                    "replies": [
                        {
                            "name": "Margarethe Osei",
                            "email": "m.osei@example.com",
                            "website": "",
                            "text": (
                                "Thanks — good point about tax breaks. Perhaps the council "
                                "should be required to report on them explicitly every year."
                            ),
                            "status": "approved",
                            "days_after": 2,
                            "replies": [],
                        }
                    ],
                }
            ],
        },
        {
            "name": "Rupert Anand-Clarke",
            "email": "rupert.ac@example.com",
            "website": "",
            "text": (
                "Ring-fencing investment is appealing, but who decides what counts as "
                "investment? Every ministry will want its favorite project labeled as capital "
                "spending. There's a useful discussion of definitions here: "
                "https://example.org/report"
            ),
            "status": "approved",
            "days_after": 1,
            "replies": [
                {
                    "name": "Sunniva Holt",
                    "email": "sholt@example.com",
                    "website": "",
                    "text": (
                        "Perhaps net investment measured on a national accounts basis, checked "
                        "by the fiscal council? Not perfect, but harder to game than each "
                        "ministry's own labels."
                    ),
                    "status": "approved",
                    "days_after": 2,
                    "replies": [],
                }
            ],
        },
        {
            "name": "Kasimir Draycott",
            "email": "kdraycott@example.com",
            "website": "",
            "text": (
                "I wonder whether the same logic applies to state and city governments. Many "
                "already operate under balanced budget requirements that are anything but "
                "boring in a recession."
            ),
            "status": "pending",
            "days_after": 3,
            "replies": [],
        },
        {
            "name": "Odile Farquharson",
            "email": "odile.f@example.com",
            "website": "https://example.net/odile",
            "text": (
                "It would be great to see a follow-up comparing how different countries' "
                "fiscal councils have actually performed. Some seem to have real influence; "
                "others are politely ignored."
            ),
            "status": "pending",
            "days_after": 4,
            "replies": [],
        },
    ],
    "antibiotic-resistance-business-model": [
        {
            "name": "Fenella Marchbanks",
            "email": "fenella.m@example.com",
            "website": "",
            "text": (
                "As a hospital pharmacist, I see the stewardship side every day. We keep the "
                "newest agents in reserve precisely because they are precious, which is "
                "exactly why their makers struggle. The subscription model is the first "
                "proposal I've seen that lines up the incentives."
            ),
            "status": "approved",
            "days_after": 0,
            "replies": [
                {
                    "name": "Augustin Nwachukwu",
                    "email": "a.nwachukwu@example.com",
                    "website": "",
                    "text": (
                        "The catch is scale. A subscription from one or two countries is a nice "
                        "signal, but it won't sway a board deciding whether to fund a ten-year "
                        "program. Pooling, as the article says, is essential."
                    ),
                    "status": "approved",
                    "days_after": 1,
                    "replies": [
                        {
                            "name": "Fenella Marchbanks",
                            "email": "fenella.m@example.com",
                            "website": "",
                            "text": (
                                "Thanks — agreed. Regional purchasing groups might be a "
                                "stepping stone toward something larger."
                            ),
                            "status": "approved",
                            "days_after": 1,
                            "replies": [],
                        }
                    ],
                }
            ],
        },
        {
            "name": "Leopold Gruenwald",
            "email": "lgruenwald@example.com",
            "website": "https://example.net/leopold",
            "text": (
                "I appreciate that the piece mentions access in low-income countries. "
                "Resistance doesn't respect borders, and a model that only serves wealthy "
                "health systems would miss much of the problem."
            ),
            "status": "approved",
            "days_after": 2,
            "replies": [
                {
                    "name": "Yuki Brannigan",
                    "email": "ybrannigan@example.com",
                    "website": "",
                    "text": (
                        "Agreed. There's a useful overview of access proposals at "
                        "https://example.org/amr-access-brief\n\n"
                        "The hard part is paying for availability without encouraging overuse "
                        "where stewardship is weaker."
                    ),
                    "status": "approved",
                    "days_after": 3,
                    "replies": [],
                }
            ],
        },
    ],
    "public-land-housing-supply": [
        {
            "name": "Marisol Ekwueme",
            "email": "marisol.e@example.com",
            "website": "",
            "text": (
                "Our city tried to build an inventory of public land a few years ago and "
                "discovered that several agencies didn't know what they owned. The first step "
                "in the article is harder than it sounds."
            ),
            "status": "approved",
            "days_after": 0,
            "replies": [
                {
                    "name": "Gideon Thorvaldsen",
                    "email": "gthorvaldsen@example.com",
                    "website": "https://example.net/gideon",
                    "text": (
                        "Same experience here. Even the maps didn't agree with the deeds. It "
                        "took a dedicated team about two years before anyone trusted the list."
                    ),
                    "status": "approved",
                    "days_after": 1,
                    "replies": [],
                }
            ],
        },
        {
            "name": "Percival Mbeki-Rowe",
            "email": "percival.mr@example.com",
            "website": "",
            "text": (
                "I'd push back slightly on long-term leases. Lenders and buyers can be wary of "
                "leasehold homes, which may raise costs or slow sales.\n\n"
                "That said, I agree that keeping public ownership has real long-term value."
            ),
            "status": "approved",
            "days_after": 2,
            "replies": [
                {
                    "name": "Anneliese Kovac",
                    "email": "akovac@example.com",
                    "website": "",
                    "text": (
                        "Fair, but very long leases seem to be financeable in many markets. "
                        "Rental housing is also a more natural fit for leased land than homes "
                        "for sale."
                    ),
                    "status": "approved",
                    "days_after": 3,
                    "replies": [],
                }
            ],
        },
        {
            "name": "Thaddeus Okonjo",
            "email": "t.okonjo@example.com",
            "website": "",
            "text": (
                "I'd love to see the idea of public development companies explored in more "
                "depth. Who sits on their boards, and how are they held accountable if "
                "projects stall?"
            ),
            "status": "pending",
            "days_after": 5,
            "replies": [],
        },
    ],
    "managed-retreat-coastal-towns": [
        {
            "name": "Philippa Ironside",
            "email": "pironside@example.com",
            "website": "",
            "text": (
                "The line about leaving with a plan versus leaving without one will stay with "
                "me. I grew up in a town where people simply drifted away after each flood, "
                "and the ones left behind were those who couldn't afford to go."
            ),
            "status": "approved",
            "days_after": 1,
            "replies": [
                {
                    "name": "Emeka Lindqvist",
                    "email": "emeka.l@example.com",
                    "website": "https://example.net/emeka",
                    "text": (
                        "That pattern shows up in the research too. Buyouts after disasters "
                        "tend to arrive too late for the households that needed help most."
                    ),
                    "status": "approved",
                    "days_after": 2,
                    "replies": [
                        {
                            "name": "Philippa Ironside",
                            "email": "pironside@example.com",
                            "website": "",
                            "text": (
                                "Thanks — do you have a study in mind? I'd like to read more "
                                "about how the timing of buyouts affects who benefits."
                            ),
                            "status": "approved",
                            "days_after": 2,
                            "replies": [],
                        }
                    ],
                }
            ],
        },
        {
            "name": "Wilhelmina Tagoe",
            "email": "wtagoe@example.com",
            "website": "",
            "text": (
                "Flood history disclosure at the point of sale seems obvious, but it will be "
                "fiercely resisted by anyone trying to sell a house in a flood zone. Still, "
                "buyers deserve to know."
            ),
            "status": "approved",
            "days_after": 3,
            "replies": [],
        },
    ],
    "heat-pumps-politics-of-the-bill": [
        {
            "name": "Cosmo Haverkamp",
            "email": "cosmo.h@example.com",
            "website": "",
            "text": (
                "We installed a heat pump last winter. Running costs are roughly on par with "
                "our old boiler, which matches the point about price ratios. The comfort is "
                "better, but the savings argument didn't hold for us."
            ),
            "status": "approved",
            "days_after": 0,
            "replies": [
                {
                    "name": "Rhiannon Adebayo-Sterling",
                    "email": "rhiannon.as@example.com",
                    "website": "https://example.net/rhiannon",
                    "text": (
                        "Interesting. Was the system sized properly? I've heard that poor "
                        "sizing and small radiators make a big difference to efficiency."
                    ),
                    "status": "approved",
                    "days_after": 1,
                    "replies": [
                        {
                            "name": "Cosmo Haverkamp",
                            "email": "cosmo.h@example.com",
                            "website": "",
                            "text": (
                                "Thanks — we upgraded two radiators but not the rest. The "
                                "installer did say it would run more efficiently with larger "
                                "ones, so that may be part of it."
                            ),
                            "status": "approved",
                            "days_after": 2,
                            "replies": [],
                        }
                    ],
                }
            ],
        },
        {
            "name": "Lorcan Bellweather",
            "email": "lbellweather@example.com",
            "website": "",
            "text": (
                "The fairness point about renters is crucial. Landlords have little incentive "
                "to install heat pumps when tenants pay the bills. Are there examples of "
                "policies that solve this split incentive?"
            ),
            "status": "pending",
            "days_after": 4,
            "replies": [],
        },
    ],
}
