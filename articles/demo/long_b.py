"""Invented demo content (batch B): six long-form articles for the demo journal.

All prose, figures and quotations are fictional and written for demonstration
purposes. Figures are illustrative estimates, not sourced statistics.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # 1. International development
    # ------------------------------------------------------------------
    {
        "title": "When Debt Service Crowds Out Clinics: A Better Bargain for Low-Income Borrowers",
        "slug": "debt-service-crowds-out-clinics",
        "standfirst": (
            "Slow, fragmented debt restructurings are draining public services in poor "
            "countries. Faster relief tied to a protected floor of social spending would "
            "serve debtors and creditors alike."
        ),
        "category": "international-development",
        "authors": ["Priya Ramaswamy-Hale", "Margit Ellery"],
        "tags": ["budget", "development finance", "climate", "trade policy"],
        "days_ago": 41,
        "featured": False,
        "hero": {
            "motif": "lines",
            "alt": "Illustration: a line chart that rises, falls and rises again across a plain background",
            "caption": "Borrowing costs for many low-income governments have swung sharply, leaving budgets exposed when the cycle turns.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "bars",
            "alt": "Chart: a row of vertical bars of varying heights",
            "caption": "Illustrative estimate: external debt service as a share of domestic revenue in a sample of low-income economies, grouped by band.",
            "credit": "Chart: Journal analysis of public budget documents",
        },
        "body": """<p>For much of the past two decades, the story of development finance in low-income countries was one of widening access. Governments that had once relied almost entirely on concessional loans from multilateral lenders found they could issue bonds, borrow from bilateral creditors outside the traditional club of lenders, and tap commercial banks willing to take a view on commodity prices. That access financed roads, power plants and, in the better cases, schools and clinics. It also left a growing number of treasuries spending more on interest than on health.</p>
<p>By our rough estimate, drawn from public budget documents across roughly forty low-income and lower-middle-income economies, the median government in that group now devotes somewhere between 12 and 18 percent of domestic revenue to external debt service. The range is wide and the data are uneven, but the direction is not in dispute. When a finance ministry must choose between paying a bondholder on schedule and paying nurses on time, the bondholder usually wins, because the cost of a missed payment is immediate and the cost of an understaffed clinic is diffuse and delayed.</p>
<p>This essay argues that the current architecture for handling distressed sovereign debt is too slow, too fragmented and too focused on restoring market access rather than restoring the state's capacity to deliver basic services. We propose a narrower, more practical bargain: faster, rules-based relief in exchange for transparent commitments to protect a floor of social spending.</p>
<h2>Why the old playbook stalls</h2>
<p>The familiar sequence for a country in debt distress runs roughly as follows. The government approaches the International Monetary Fund for a program, a debt sustainability analysis sets the size of the hole, and creditors are asked to negotiate relief consistent with that analysis. In a world where most lending came from a small group of like-minded official creditors, that sequence could be completed within a year or two. Today the creditor base is far more diverse: bilateral lenders with different accounting conventions, private bondholders with collective-action clauses of varying strength, and commodity-backed loans whose terms are often not public.</p>
<p>Each group has reasons to wait. No creditor wants to grant relief that simply frees up cash to pay another creditor in full. The result is a coordination problem that can stretch restructurings out for several years, during which the debtor government is neither solvent enough to invest nor restructured enough to recover.</p>
<!-- figure -->
<p>The cost of that delay falls mostly on public services. Capital budgets are the first casualty, because they are the easiest to cut without visible disruption in the short run. Maintenance is next. Salaries for teachers and health workers tend to be protected on paper, but arrears accumulate, and experienced staff leave for the private sector or for jobs abroad. By the time relief arrives, the institutions it was meant to rescue may have been hollowed out.</p>
<h3>The hidden cost of waiting</h3>
<p>It is hard to measure what a two-year delay costs in human terms, but illustrative modeling helps. Consider a hypothetical country with annual revenue of $4 billion that spends a fifth of it on external debt service during a protracted restructuring. If even a third of that sum had instead been available for primary health care, it would roughly double per-capita public health spending in many countries of comparable income. The counterfactual is imperfect, since some of that money would have leaked into other priorities, but the order of magnitude is sobering.</p>
<blockquote><p>"Every month a restructuring drags on, the capital budget shrinks a little closer to zero. The roads don't get built, and neither do the institutions that would have maintained them." — a senior official at a regional development bank</p></blockquote>
<h2>A floor, not a ceiling</h2>
<p>We propose that official creditors, working through existing multilateral frameworks, adopt a simple principle: relief should be faster and more automatic for countries that commit to protecting a defined floor of social spending, published and independently monitored. The core elements would be:</p>
<ul>
<li><strong>A standstill trigger.</strong> When a country requests a program and its debt is assessed as unsustainable, official bilateral debt service would be suspended automatically for up to 18 months while terms are negotiated, rather than only after a deal is reached.</li>
<li><strong>A social spending floor.</strong> The government would commit to keep health, education and basic social protection spending at or above a set share of revenue, calibrated to its own recent history rather than to an external benchmark.</li>
<li><strong>Comparability with teeth.</strong> Private and non-traditional creditors that decline to participate on comparable terms would face a presumption against multilateral co-financing of projects in which they hold an interest.</li>
<li><strong>Full loan transparency.</strong> All new public and publicly guaranteed borrowing, including collateralized and commodity-backed loans, would be disclosed in a public registry as a condition of relief.</li>
</ul>
<p>None of these elements is new on its own. Versions of each have circulated in policy debates for years. What is missing is a package that links them, so that creditors see a credible path to recovery and citizens see that relief translates into services rather than into a fresh round of borrowing.</p>
<h2>Objections, and why they are not decisive</h2>
<p>The first objection is moral hazard: automatic standstills could encourage governments to borrow recklessly in the expectation of easy relief. The risk is real but should not be overstated. Entering a program carries heavy political costs for any government, including fiscal adjustment and intrusive monitoring. Few finance ministers treat that as a prize.</p>
<p>The second objection is that spending floors are easy to game. Governments can reclassify expenditure, delay payments or pass budgets that are never executed. That is why the floor should be measured on executed spending, audited by the national audit institution and reviewed by a panel that includes civil society representatives. Imperfect monitoring is still better than none, and it creates a public record that journalists and legislators can use.</p>
<p>A third objection comes from private creditors, who argue that linking multilateral co-financing to their behavior amounts to coercion. We would put it differently. Multilateral lenders already exercise judgment about which projects to support. Declining to co-finance alongside creditors who free-ride on other lenders' concessions is a reasonable use of that judgment, not an intervention in private contracts.</p>
<h2>What donors can do now</h2>
<p>Reform of the sovereign debt architecture will take time, and it depends on agreement among creditors whose interests diverge. But donor governments need not wait to act. Three steps are within reach:</p>
<ol>
<li>Shift a larger share of bilateral assistance for the poorest countries from loans to grants, particularly for social sectors where the return is real but does not show up as revenue that can service debt.</li>
<li>Fund the statistical and audit capacity that any spending floor would require, through modest, multi-year grants to national statistics offices and supreme audit institutions.</li>
<li>Make state-contingent clauses, which pause repayments after a major disaster or commodity shock, a standard term in new official loans. A <a href="https://example.org/research/climate-resilient-debt-clauses">companion paper</a> sets out model language.</li>
</ol>
<p>Development finance has always involved a wager: that money lent today will build the capacity to repay tomorrow. When repayment itself erodes that capacity, the wager has failed for both sides. A faster, more transparent bargain, one that puts a floor under the services on which growth ultimately depends, is in the interest of creditors and debtors alike.</p>""",
    },
    # ------------------------------------------------------------------
    # 2. Adaptation and resilience
    # ------------------------------------------------------------------
    {
        "title": "Paying Before the Flood: The Case for Pre-Arranged Disaster Finance",
        "slug": "paying-before-the-flood-disaster-finance",
        "standfirst": (
            "Most governments still improvise the money for disaster recovery after the "
            "damage is done. Agreeing in advance who pays, how much and through which "
            "channels would cut costs and speed relief."
        ),
        "category": "adaptation-and-resilience",
        "authors": ["Jonah Whitcombe"],
        "tags": ["climate", "budget", "cities", "insurance"],
        "days_ago": 12,
        "featured": False,
        "hero": {
            "motif": "waves",
            "alt": "Illustration: several layered horizontal waves stacked one above another",
            "caption": "Rising waters are a recurring fiscal shock; planning the response in advance changes who bears the cost.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "bars",
            "alt": "Chart: a set of vertical bars of different heights arranged in three groups",
            "caption": "Illustrative risk layering: budget reserves for frequent events, contingent credit for severe ones and risk transfer for rare catastrophes.",
            "credit": "Chart: Journal analysis",
        },
        "body": """<p>When a major flood or storm strikes, the first days are dominated by rescue. The weeks that follow are dominated by money: who will pay to rehouse families, repair bridges, restore power and replace lost income. In most countries the answer is improvised. Finance ministries reallocate budgets, legislatures pass emergency appropriations and international appeals are launched. Each of these steps takes time, and time is the one resource a recovering community cannot spare.</p>
<p>The alternative is not exotic. It is to decide in advance, before the hazard arrives, how recovery will be financed, at what scale and through which channels. Specialists call this pre-arranged or ex ante disaster risk finance. It includes contingency funds, insurance, catastrophe bonds and contingent credit lines that disburse automatically when a defined trigger is met. Most governments use some of these tools. Few have assembled them into a coherent strategy.</p>
<p>As climate change increases the frequency and intensity of extreme weather in many regions, the case for planning ahead grows stronger. This article sets out why pre-arranged finance pays off, where it has limits, and how a government could build a layered approach without taking on unmanageable fiscal risk.</p>
<h2>The cost of improvising</h2>
<p>Money that arrives late is worth less. A household that cannot replace a lost fishing boat within a month may sell livestock, pull children from school or take on high-interest debt. A small business that cannot reopen within a season may close permanently. Public infrastructure left unrepaired degrades further. Studies across several disaster-prone countries suggest that each dollar of early, predictable support can avoid well over a dollar of later losses, though estimates vary widely with local conditions and should be read as indicative rather than precise.</p>
<p>Improvised finance also distorts budgets. When emergency spending is carved out of existing allocations, the cuts often fall on maintenance and preventive programs, including the very investments in drainage, early warning and building standards that would reduce the next disaster's toll. The pattern becomes self-reinforcing: underinvestment in resilience raises losses, and higher losses crowd out investment in resilience.</p>
<!-- figure -->
<h2>Layering the risk</h2>
<p>No single instrument suits every kind of event. The guiding principle is to match the tool to the frequency and severity of the hazard. A simplified layering looks like this:</p>
<ul>
<li><strong>Frequent, modest events</strong> such as seasonal floods are best met from the budget itself, through a dedicated contingency reserve that rolls over from year to year rather than lapsing.</li>
<li><strong>Less frequent, more severe events</strong> can be covered by contingent credit lines agreed in advance with development banks, which disburse quickly once an emergency is declared.</li>
<li><strong>Rare, catastrophic events</strong> are where risk transfer makes sense: parametric insurance, regional risk pools or catastrophe bonds that pay out when wind speed, rainfall or ground shaking exceeds an agreed threshold.</li>
</ul>
<p>The logic is straightforward. Insurance is expensive for frequent losses, because the premium must cover expected payouts plus the insurer's costs and capital. It becomes good value only for rare events whose cost would otherwise overwhelm the budget. Conversely, holding large cash reserves against a once-in-a-century storm ties up money that could be invested elsewhere.</p>
<h3>The appeal and the trap of parametric triggers</h3>
<p>Parametric products, which pay on a measured physical index rather than on assessed losses, have drawn attention because they can disburse within days. That speed is valuable. But parametric cover carries basis risk: the trigger may not fire even when communities suffer severe damage, or it may fire when losses are modest. A government that buys such cover without understanding this risk may pay premiums for years and receive nothing when it needs help most. Careful trigger design, good local hazard data and honest communication with the public are essential.</p>
<blockquote><p>The question is not whether a country can afford to plan for disasters. It is whether it can afford to keep paying for them on the worst possible terms, after the fact.</p></blockquote>
<h2>Getting the money to people</h2>
<p>Pre-arranged finance solves only half the problem. Money that reaches a national treasury in a week is of little use if it then takes months to reach affected households. The most effective systems link disaster finance to existing delivery channels, especially social protection programs that already hold registries of low-income households and have payment systems in place.</p>
<p>When a cash-transfer program can temporarily increase payments to existing beneficiaries in affected districts, or enroll newly affected households using pre-agreed criteria, support can arrive within days. Building that capacity requires investment in calmer times: up-to-date registries, digital payment infrastructure, and rules agreed in advance about who qualifies and for how long. It also requires attention to people who fall outside formal registries, such as informal workers and recent migrants, who are often among the most exposed.</p>
<h2>A practical agenda</h2>
<p>For finance ministries considering where to start, we suggest four steps:</p>
<ol>
<li>Publish an estimate of the government's contingent liabilities from natural hazards, including the likely costs of reconstruction and of support to households, so that the scale of the exposure is visible in budget debates.</li>
<li>Establish a rolling contingency reserve with clear rules for drawing on it and for replenishing it.</li>
<li>Negotiate contingent credit before it is needed, and review whether regional risk pools offer cost-effective cover for the rarest events.</li>
<li>Pre-agree the rules for scaling up social protection after a disaster, and test them through simulation exercises with local governments.</li>
</ol>
<p>None of this removes the need to reduce risk in the first place. Better land-use planning, stronger building codes and natural defenses such as restored wetlands remain the foundation of resilience. But disasters will continue to happen, and some will exceed any defense. Deciding in advance how to pay for them is one of the cheapest and most effective forms of adaptation available. A fuller discussion of the fiscal accounting is available in our <a href="https://example.org/research/disaster-risk-finance-primer">disaster risk finance primer</a>.</p>""",
    },
    # ------------------------------------------------------------------
    # 3. Artificial intelligence
    # ------------------------------------------------------------------
    {
        "title": "Auditing the Algorithm: How Governments Can Check Public-Sector AI Without Stalling It",
        "slug": "auditing-the-algorithm-public-sector-ai",
        "standfirst": (
            "Public agencies are adopting AI tools to triage cases and detect fraud faster "
            "than they can evaluate them. A tiered audit regime would catch harms early "
            "without freezing useful innovation."
        ),
        "category": "artificial-intelligence",
        "authors": ["Amara Quist", "Dev Malhotra-Stone"],
        "tags": ["technology", "regulation", "europe", "united states"],
        "days_ago": 3,
        "featured": True,
        "hero": {
            "motif": "network",
            "alt": "Illustration: a web of dots joined by straight connecting lines",
            "caption": "Automated systems now sit inside many routine public decisions, often linked in ways that are hard to trace from the outside.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "circles",
            "alt": "Chart: three overlapping circles of different sizes",
            "caption": "A tiered model: operational, assistive and high-stakes systems overlap, but scrutiny should scale with the effect on individuals.",
            "credit": "Chart: Journal analysis",
        },
        "body": """<p>Across many advanced economies, public agencies are quietly folding machine-learning systems into everyday administration. Tax authorities use models to select returns for review. Benefits agencies use them to flag applications for possible fraud. Child-protection services experiment with risk scores to prioritize referrals, and city governments use forecasting tools to schedule inspections. Most of these systems are unremarkable. Some are genuinely useful. A few have caused serious harm when flawed data or poorly chosen thresholds translated into wrongful suspicion of large numbers of people.</p>
<p>The policy debate has tended to swing between two poles. One treats public-sector AI as an efficiency gain to be rolled out as quickly as procurement allows. The other treats it as a threat to due process that should be paused until its risks are fully understood. Neither is workable. Agencies under budget pressure will keep adopting these tools, and a blanket moratorium would simply push adoption out of sight, into vendor contracts and pilot programs that escape scrutiny.</p>
<p>What is needed is an audit regime that is proportionate to risk, fast enough to keep pace with deployment and credible enough that citizens can trust its findings. This article outlines what that might look like in practice.</p>
<h2>What goes wrong, and why it is hard to see</h2>
<p>The harms of algorithmic systems in government rarely come from exotic technical failures. More often they stem from ordinary problems: training data that reflect past enforcement patterns rather than actual wrongdoing, a threshold set to catch as many cases as possible without regard to false positives, or a tool designed to assist caseworkers that, under workload pressure, becomes a de facto decision-maker.</p>
<p>These problems are hard to spot for three reasons. First, the people affected usually do not know a model was involved. Second, the agency itself may lack the technical staff to interrogate a vendor's system. Third, errors are distributed across many individual cases, each of which looks like a routine administrative decision. Only in aggregate does the pattern emerge, and aggregate analysis is exactly what most agencies are not set up to do.</p>
<!-- figure -->
<h2>A tiered approach</h2>
<p>Not every algorithm needs the same scrutiny. A model that predicts which streetlights are likely to fail does not raise the same concerns as one that recommends whether a family should be investigated. We propose sorting public-sector systems into three tiers according to their potential effect on individual rights and entitlements:</p>
<ul>
<li><strong>Tier one: operational tools</strong> that affect assets or internal workflows, not individual people. These would require only registration in a public inventory.</li>
<li><strong>Tier two: assistive tools</strong> that inform decisions about individuals but leave the decision to a trained official. These would require a pre-deployment impact assessment and annual monitoring of outcomes across demographic groups.</li>
<li><strong>Tier three: determinative or high-stakes tools</strong> that effectively decide, or strongly steer, outcomes such as benefit eligibility, fraud investigation or child-welfare referrals. These would require independent audit before deployment, continuous monitoring and a guaranteed route for affected individuals to obtain an explanation and human review.</li>
</ul>
<p>Lawmakers in Europe and in a number of American states and cities have moved toward risk-based classification of this general kind. The details differ, and implementation remains uneven. Our interest here is less in the legal categories than in the practical machinery that makes audits real.</p>
<h3>Who does the auditing</h3>
<p>An audit is only as good as the auditor's access and independence. We suggest that tier-three audits be carried out by, or under the supervision of, an existing independent body such as a national audit office or an inspector general, rather than by the vendor or the deploying agency alone. Those bodies already have statutory access to government records and a culture of reporting to legislatures. What many lack is technical capacity, which could be built through a shared pool of data scientists seconded across institutions.</p>
<blockquote><p>"We had a model in production for two years before anyone asked how often it was wrong. Nobody was hiding anything. It simply wasn't anyone's job to ask." — a senior official at a European social-security agency</p></blockquote>
<h2>Making audits fast enough to matter</h2>
<p>The strongest objection to mandatory audits is delay. If every significant system must wait months for review, agencies will either stop innovating or find ways around the rules. Three design choices can keep audits timely:</p>
<ol>
<li><strong>Standardized documentation.</strong> Requiring vendors to supply a common set of technical documents, covering training data, performance metrics and known limitations, as a condition of any public contract would cut the time auditors spend simply gathering information.</li>
<li><strong>Staged deployment.</strong> High-stakes systems could be launched first in a limited area, or run as a shadow system alongside existing processes, with results compared before full rollout.</li>
<li><strong>Continuous rather than one-off review.</strong> Many harms emerge only after deployment, as populations and behavior shift. Automated monitoring of error rates and outcome disparities, reported quarterly, is more useful than a single certificate issued at launch.</li>
</ol>
<h2>Procurement as the lever</h2>
<p>Much public-sector AI is bought rather than built. That makes procurement the most practical point of control. Contracts can require access to models and data for auditors, set performance and fairness thresholds, oblige vendors to support explanations for affected individuals and include exit clauses if a system fails audit. Governments that standardize these terms, ideally across agencies and even across jurisdictions, will have far more leverage than a single agency negotiating alone. Our <a href="https://example.org/research/model-ai-procurement-clauses">model procurement clauses</a> offer a starting point.</p>
<p>Auditing is not an end in itself. The goal is public administration that is both more efficient and more accountable. Done well, audits can give agencies the confidence to adopt useful tools and give citizens confidence that, when a machine is involved in a decision about their lives, someone has checked that it works, and someone will answer if it does not.</p>""",
    },
    # ------------------------------------------------------------------
    # 4. Health
    # ------------------------------------------------------------------
    {
        "title": "Primary Care Is Running Short of Clinicians, and Money Alone Will Not Fix It",
        "slug": "primary-care-clinician-shortage",
        "standfirst": (
            "Many health systems are funding more primary care posts than they can fill. "
            "Retaining staff, widening team roles and repairing the training pipeline "
            "matter as much as new budget lines."
        ),
        "category": "health",
        "authors": ["Lucien Baptiste"],
        "tags": ["public health", "budget", "europe", "workforce"],
        "days_ago": 58,
        "featured": False,
        "hero": {
            "motif": "circles",
            "alt": "Illustration: a cluster of overlapping circles of several sizes",
            "caption": "Primary care increasingly depends on overlapping teams of doctors, nurses, pharmacists and therapists.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "lines",
            "alt": "Chart: two line series that rise and fall and gradually move apart",
            "caption": "Illustrative projection: demand for primary care consultations outpacing available clinician hours in an aging population.",
            "credit": "Chart: Journal analysis",
        },
        "body": """<p>Ask a family doctor in almost any high-income country how the work has changed over the past decade and the answers tend to rhyme. Patients are older and live with more chronic conditions. Appointments are harder to fit into the day. Administrative tasks have multiplied. And colleagues are leaving, through early retirement, a move to part-time work or a switch to better-paid specialties, faster than new ones arrive.</p>
<p>Governments have often responded by pledging more money for primary care. That is welcome, because primary care is where most health problems are first seen and where many can be managed most cheaply. But in a growing number of systems, the binding constraint is no longer the budget. It is the supply of people willing and able to do the work. Funded posts go unfilled, new clinics open with reduced hours, and waiting times lengthen despite higher spending.</p>
<p>This article looks at why the primary care workforce is under strain and what policymakers can do beyond writing larger checks.</p>
<h2>The shape of the shortage</h2>
<p>Workforce data are patchy and definitions vary across countries, so precise comparisons are hazardous. Still, the broad pattern is consistent. In a typical high-income system, by our estimates, somewhere between a quarter and a third of general practitioners are within ten years of retirement age, while the number of trainees entering general practice has grown more slowly than demand. Meanwhile, the share of clinicians working part-time has risen steadily. That is often a rational response to burnout, but it reduces the total hours available.</p>
<p>The result is a widening gap between the care that populations need and the clinical hours available to provide it. Illustrative projections suggest that, without changes to how primary care is organized, demand for consultations in an aging population could grow two to three times faster than the supply of doctor hours over the coming decade.</p>
<!-- figure -->
<h2>Why more money has not closed the gap</h2>
<p>Funding increases take time to turn into clinicians. Training a family doctor takes close to a decade from the first day of medical school, and even nurse practitioners and physician associates require several years of education. Money allocated this year mostly buys capacity in the next decade, not the next winter.</p>
<p>Funding can also pull in the wrong direction. When new money is tied to specific targets or programs, it often adds reporting requirements that consume clinical time. And when different parts of the health system compete for the same limited pool of staff, extra money for one setting can simply draw nurses and doctors away from another. Hospitals tend to win that competition, because they offer clearer career ladders and, often, better pay.</p>
<blockquote><p>A health system cannot buy its way out of a workforce shortage in a single budget cycle. It can only make the jobs people already hold worth keeping while it trains the next generation.</p></blockquote>
<h2>Keeping the clinicians we have</h2>
<p>The quickest gains lie in retention. Every experienced clinician who stays represents years of training that need not be replaced. Surveys of primary care staff in several countries point to a consistent set of reasons for leaving: workload, administrative burden, lack of control over working patterns and, in some places, pay that has not kept pace with comparable professions. Policies that address these directly include:</p>
<ul>
<li>Cutting paperwork by simplifying referral forms, consolidating reporting requirements and funding administrative staff to handle tasks that do not require clinical training.</li>
<li>Offering flexible contracts and structured return-to-practice routes for clinicians who have left or reduced their hours, including those approaching retirement.</li>
<li>Protecting time for professional development and supervision, which staff consistently cite as a reason to stay.</li>
<li>Reviewing pay for nurses and allied professionals in primary care relative to hospital roles, to reduce the pull toward acute settings.</li>
</ul>
<h2>Rethinking the team</h2>
<p>A second lever is changing who does what. Much of the work now done by doctors could be done well by other professionals: pharmacists reviewing medications for patients with multiple prescriptions, physiotherapists seeing musculoskeletal problems directly, mental health practitioners based in practices, and community health workers supporting patients with chronic conditions at home. Evidence from systems that have expanded multidisciplinary teams suggests that patient satisfaction can remain high, provided roles are clearly defined and patients understand whom they are seeing and why.</p>
<h3>The limits of substitution</h3>
<p>Team-based care is not a cost-free substitute for doctors. New roles need supervision, which itself takes doctor time, at least at first. Poorly integrated teams can fragment care, leaving patients bounced between professionals. And these other professions face shortages of their own. Redesigning teams works best as a way to use scarce skills well, not as a way to avoid training enough doctors.</p>
<h2>Fixing the pipeline</h2>
<p>Over the longer term, training capacity must match projected need. That means more medical school places weighted toward primary care, more training posts located in the communities that struggle to recruit, and financial incentives, such as loan forgiveness tied to years of service in underserved areas, that make general practice a competitive choice. Governments should also be wary of relying heavily on recruitment from abroad, which can strip lower-income countries of clinicians they cannot spare. International recruitment should follow ethical codes and be paired with support for training in source countries.</p>
<p>Finally, better data would sharpen every one of these choices. Few health systems can say with confidence how many clinical hours are available in primary care, how that total is changing or where the gaps are deepest. A regular, published workforce census, combined with <a href="https://example.org/research/primary-care-workforce-model">transparent projection models</a>, would let policymakers see the shortage coming rather than discovering it in waiting-room queues.</p>""",
    },
    # ------------------------------------------------------------------
    # 5. Housing and cities
    # ------------------------------------------------------------------
    {
        "title": "Zoning Reform Is Necessary but Not Sufficient for Affordable Cities",
        "slug": "zoning-reform-necessary-not-sufficient",
        "standfirst": (
            "Loosening land-use rules can unlock new homes, but without attention to "
            "building costs, infrastructure and tenant protections, the gains may arrive "
            "too slowly for those who need them most."
        ),
        "category": "housing-and-cities",
        "authors": ["Priya Ramaswamy-Hale", "Lucien Baptiste"],
        "tags": ["cities", "housing", "regulation", "united states"],
        "days_ago": 26,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a city-block grid of squares, some filled and some left open",
            "caption": "Changing what may be built on each block is only the first step toward more, and more affordable, homes.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "lines",
            "alt": "Chart: a line that rises and falls before climbing again",
            "caption": "Illustrative path: permits often climb after a zoning change while completions lag by several years.",
            "credit": "Chart: Journal analysis",
        },
        "body": """<p>A striking consensus has emerged in housing policy over the past decade. Economists, urban planners and a growing number of elected officials across the political spectrum now agree that restrictive land-use rules, including minimum lot sizes, bans on apartments in most residential areas and lengthy discretionary approvals, have made it too hard to build homes where people want to live. The result, in many metropolitan areas, has been rising rents, longer commutes and a steady squeeze on the budgets of younger and lower-income households.</p>
<p>This consensus is largely right, and zoning reform deserves the momentum it has gained. But it has also acquired the aura of a silver bullet. Some advocates speak as though legalizing more housing will, on its own, make cities affordable. The evidence suggests a more complicated picture. Zoning reform opens the door to new supply, but whether homes actually get built, where, at what price and for whom depends on a set of other factors that deserve equal attention.</p>
<h2>What zoning reform can do</h2>
<p>The case for reform rests on a simple observation. In high-demand cities, the price of a home often far exceeds the cost of building it plus a reasonable value for the land beneath it. That gap, sometimes called a regulatory tax, is a sign that rules rather than construction costs are limiting supply. Our rough estimates for a sample of expensive metropolitan areas suggest that regulatory constraints may account for a substantial share of home prices, though the figure varies widely by city and by method.</p>
<p>Where reforms have allowed more homes on existing residential land, by permitting duplexes and small apartment buildings, reducing parking requirements or streamlining approvals near transit, early evidence points to increased permitting. Over time, more supply should slow rent growth, both in new buildings and, through a chain of household moves, in older ones.</p>
<!-- figure -->
<h2>Why legal permission is not the same as new homes</h2>
<p>Zoning determines what may be built. It does not determine what will be built. Several other constraints can keep construction low even after rules are loosened:</p>
<ul>
<li><strong>Construction costs.</strong> Labor shortages in the building trades, higher material prices and elevated interest rates can make projects unviable even where they are permitted. Small "missing middle" buildings are particularly sensitive, because they lack the economies of scale of large developments.</li>
<li><strong>Infrastructure capacity.</strong> Water, sewer, school and transport networks in many established neighborhoods were sized for lower densities. Upgrading them takes time and capital, and the cost is often contested between developers and municipalities.</li>
<li><strong>Land assembly.</strong> In areas of fragmented ownership, redevelopment depends on many individual owners choosing to sell or build. Uptake of new permissions can be slow and uneven.</li>
<li><strong>Other regulations.</strong> Building codes, environmental reviews and permitting timelines outside the zoning code can impose delays and costs that reform leaves untouched.</li>
</ul>
<p>The practical upshot is that reforms often produce a modest trickle of new construction in the first few years, concentrated in neighborhoods where land values are already high enough to make redevelopment pay. That is not a reason to abandon reform. It is a reason to set realistic expectations and to pair reform with complementary policies.</p>
<blockquote><p>Zoning reform opens the door. Someone still has to build the house, connect it to the water main and make sure the people who need it can afford to move in.</p></blockquote>
<h2>The distributional question</h2>
<p>Even if more supply eventually lowers rents across a region, the transition matters. New market-rate construction is typically priced at the upper end of the market. The filtering process by which older homes become more affordable can take years or decades. In the meantime, low-income renters in neighborhoods undergoing rapid change may face rising rents or displacement.</p>
<p>That is why reform packages should include measures aimed squarely at households the market will not reach soon enough. These can include dedicated funding for nonprofit and social housing, which can use new zoning permissions just as private developers can; modest inclusionary requirements, calibrated so that they do not render projects unviable; and tenant protections, such as limits on no-fault evictions and relocation assistance, that soften the impact of redevelopment on existing residents.</p>
<h3>Getting the balance right</h3>
<p>There is a genuine tension here. Requirements that are too onerous can choke off the very construction reform is meant to unlock. Studies of inclusionary zoning point in both directions, and the design details, including the share of affordable units required, the depth of affordability and the incentives offered in return, matter enormously. Cities should test and adjust these settings openly, with published data on permits and completions, rather than fixing them once and hoping for the best.</p>
<h2>An agenda beyond zoning</h2>
<p>For national, state and city governments that have already begun loosening land-use rules, we suggest the following next steps:</p>
<ol>
<li>Tie a portion of infrastructure grants to local housing outcomes, rewarding jurisdictions where completions, not just approvals, increase.</li>
<li>Support construction innovation, including factory-built and modular housing, by harmonizing building codes so that standardized designs can be approved once and used in many places.</li>
<li>Create public or nonprofit land banks that can assemble sites near transit and make them available for mixed-income development.</li>
<li>Invest in training for the building trades, where an aging workforce threatens to become a binding constraint.</li>
<li>Publish standardized housing data, including permits, starts, completions and rents, so that the effects of reform can be tracked and debated on the evidence.</li>
</ol>
<p>Zoning reform has moved from the margins of policy debate to its center, and that is a significant achievement. The next challenge is to ensure that permission becomes construction and that construction becomes affordability. That will require a broader and more patient agenda than any single rule change. Our <a href="https://example.org/research/housing-supply-tracker">housing supply tracker</a> will follow the results in a set of reforming cities over the coming years.</p>""",
    },
    # ------------------------------------------------------------------
    # 6. Democracy and institutions
    # ------------------------------------------------------------------
    {
        "title": "The Quiet Machinery of Trust: Strengthening Local Election Administration",
        "slug": "strengthening-local-election-administration",
        "standfirst": (
            "Public confidence in elections rests on thousands of local offices that are "
            "often underfunded and understaffed. Steady investment and open processes "
            "matter more than dramatic reforms."
        ),
        "category": "democracy-and-institutions",
        "authors": ["Dev Malhotra-Stone"],
        "tags": ["elections", "united states", "budget", "democracy"],
        "days_ago": 77,
        "featured": False,
        "hero": {
            "motif": "bars",
            "alt": "Illustration: a row of vertical bars of uneven heights",
            "caption": "Funding for local election offices varies widely between jurisdictions and tends to rise and fall with the electoral calendar.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "network",
            "alt": "Chart: a network of dots connected by thin lines, with a few larger hubs",
            "caption": "Illustrative model: regional hubs sharing security, legal and training support with many small local election offices.",
            "credit": "Chart: Journal analysis",
        },
        "body": """<p>Most public debate about elections focuses on the contest itself: candidates, campaigns, turnout and results. Far less attention goes to the offices that make the contest possible. In many democracies, and especially in decentralized systems such as the United States, elections are run by thousands of local administrators who maintain voter rolls, recruit poll workers, test equipment, design ballots and count votes. Their work is mostly invisible when it goes well. When it goes badly, or is merely accused of going badly, confidence in the entire democratic process can suffer.</p>
<p>That confidence has become more fragile. Opinion surveys in several established democracies point to a persistent and often partisan gap in trust in election outcomes. At the same time, local election offices describe rising workloads, higher staff turnover and, in some places, harassment of officials and volunteers. These trends feed each other: as experienced staff leave, the risk of administrative errors rises, and each error, however minor, can be amplified into a claim of wrongdoing.</p>
<p>This article argues that the most effective way to sustain trust in elections is not a sweeping overhaul but steady, unglamorous investment in the people and processes of local administration, combined with far greater openness about how elections actually work.</p>
<h2>An underfunded public good</h2>
<p>Election administration is a classic public good. Everyone benefits from accurate, accessible elections, but the costs fall mainly on local budgets, where elections compete with roads, schools and public safety. Funding tends to spike in major election years and fall away in between, making it hard to plan for equipment replacement, staff training or security upgrades.</p>
<p>By our rough estimate, based on an illustrative sample of published county budgets, spending on election administration in many jurisdictions amounts to only a few dollars per registered voter per year, a small fraction of what is spent on other core public services. Small and rural jurisdictions are particularly stretched. In many of them, a single official handles elections alongside several other duties, with little backup if that person falls ill or leaves.</p>
<!-- figure -->
<h2>What strains the system</h2>
<p>Several pressures have combined to make the job harder:</p>
<ul>
<li><strong>Complexity.</strong> Expanded options for early and mail voting, frequently changing rules and new security requirements have added tasks without always adding staff.</li>
<li><strong>Turnover.</strong> Experienced administrators and poll workers have left in significant numbers, taking institutional knowledge with them.</li>
<li><strong>Security threats.</strong> Offices must defend against cyberattacks and disinformation campaigns, often with limited technical expertise.</li>
<li><strong>Hostility.</strong> Threats and harassment directed at election workers deter recruitment and drive out those already in post.</li>
</ul>
<blockquote><p>"People imagine there's a large, well-resourced bureaucracy behind every election. In most places it's three people, a warehouse and a lot of volunteers who show up at five in the morning." — a county election director interviewed for this article</p></blockquote>
<h2>Investments that build trust</h2>
<p>The good news is that the measures most likely to strengthen administration are neither partisan nor especially expensive. They include:</p>
<ol>
<li><strong>Predictable baseline funding.</strong> Higher levels of government could provide stable, formula-based grants for election administration every year, rather than ad hoc money tied to particular contests.</li>
<li><strong>Shared services.</strong> Regional or state-level hubs can offer cybersecurity support, legal advice, ballot design and training to small jurisdictions that cannot afford specialists of their own.</li>
<li><strong>Professional development.</strong> Certification programs and clear career paths help retain staff and spread good practice from one office to the next.</li>
<li><strong>Protection for election workers.</strong> Clear legal penalties for threatening officials, along with practical measures such as keeping home addresses private, can reduce the toll of harassment.</li>
</ol>
<h3>The role of audits</h3>
<p>Post-election audits deserve special mention. Risk-limiting audits, which use statistical sampling of paper ballots to confirm that reported outcomes are correct, are an efficient way to provide strong evidence that results are accurate. They work best when conducted routinely, under rules set well before election day, with results published in plain language. An audit that occurs only after a contested result can look partisan; one that happens every time becomes part of the ordinary rhythm of democracy.</p>
<h2>Openness as a defense</h2>
<p>Much distrust of elections stems from unfamiliarity. Few voters have seen how ballots are stored, how signatures are checked or how machines are tested. That gap creates space for rumor. Election offices can narrow it by opening their processes to observation, publishing procedures in accessible formats, livestreaming key steps such as pre-election equipment testing, and inviting voters and candidates from all parties to watch.</p>
<p>Openness is not a cure-all. Some people will distrust any result that goes against their preferences. But the broad middle of the electorate, whose confidence matters most for democratic stability, is more likely to trust a process it can see. Research on public attitudes suggests that familiarity with how elections are run is associated with higher confidence, though the direction of cause and effect is hard to establish.</p>
<h2>A long game</h2>
<p>Trust in institutions is built slowly and lost quickly. No single reform will restore confidence in elections where it has eroded. But a sustained commitment to funding, staffing and opening up local election administration can steadily narrow the space for doubt. Our <a href="https://example.org/research/election-administration-survey">survey of local election offices</a> sets out the data behind these recommendations and will be updated after each major election cycle.</p>""",
    },
]
