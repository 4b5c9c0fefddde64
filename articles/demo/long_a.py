"""Invented demo content: six long-form articles (set A).

All authors, institutions, surveys, officials and figures in this file are
fictional or illustrative. Nothing here reports real events or real quotations.
"""

# ---------------------------------------------------------------------------
# Bodies (HTML). Lines start at column 0 so the figure marker sits on a line
# of its own.
# ---------------------------------------------------------------------------

_BODY_DIPLOMACY = """<p>For most of the second half of the twentieth century, the foreign policy of a mid-sized state could be summarized in a sentence: pick a side, and bargain within it. Alliances were the basic unit of diplomacy. The main question for a middle power was how much influence it could buy inside the camp it had chosen, or how much room it could keep by declining to choose at all.</p>
<p>That summary no longer holds. Across regions, middle-ranking governments are assembling what might be called portfolios of alignment: a security partnership with one great power, a trade and investment relationship with another, a technology standards arrangement with a third group, and a climate finance coalition that cuts across all of them. The result is not neutrality in the Cold War sense, nor is it simple opportunism. It is a deliberate strategy of spreading diplomatic risk.</p>
<p>This essay argues that hedging is rational for most middle powers and is likely to last, but that it is being practiced with too little attention to its costs. Without some investment in predictability, portfolio diplomacy can leave its practitioners with many partners and few friends when a crisis arrives.</p>
<h2>From blocs to portfolios</h2>
<p>Three structural shifts explain the change. First, economic interdependence no longer maps neatly onto security relationships. A country may rely on one partner for naval cooperation while sending a third or more of its exports to that partner's principal rival. Second, the agenda of international politics has widened. Questions such as critical minerals, data flows, pandemic preparedness and climate finance do not sort themselves into the old camps, and each attracts a different set of interested states. Third, the great powers themselves have become less willing to underwrite open-ended commitments, which encourages smaller partners to insure against abandonment.</p>
<p>The effect is visible in the spread of minilateral formats: groupings of three to six states organized around a single task, from maritime domain awareness to semiconductor supply. By an illustrative count compiled for this journal, the number of such standing arrangements involving at least one middle power has roughly tripled over the past fifteen years, while participation in formal treaty alliances has stayed broadly flat.</p>
<!-- figure -->
<p>These groupings are attractive because they are cheap to join and easy to leave. They rarely require ratification, they can be tailored to a narrow purpose, and they allow governments to signal cooperation without accepting the full political weight of an alliance. Their flexibility is precisely their appeal.</p>
<h2>What hedging buys</h2>
<p>The benefits of a portfolio approach are real, and critics who dismiss it as fence-sitting underestimate them.</p>
<ul>
<li><strong>Leverage.</strong> A state courted by several powers can extract better terms on investment, market access and technology transfer than one whose alignment is taken for granted.</li>
<li><strong>Resilience.</strong> Diversified partnerships reduce exposure to a single point of failure, whether that is an export market, an energy supplier or a security guarantor whose domestic politics are volatile.</li>
<li><strong>Agenda-setting.</strong> Middle powers that convene issue coalitions can shape rules in areas where great powers are distracted or deadlocked, from fisheries management to digital trade.</li>
<li><strong>Domestic legitimacy.</strong> In many countries, publics are skeptical of tying national fortunes to any single foreign patron. Hedging is often the position that commands the broadest support at home.</li>
</ul>
<h2>The hidden costs</h2>
<p>Yet hedging has costs that are easy to overlook in calm periods. The most important is the erosion of credibility. A partner that reserves the right to reconsider every commitment is, by definition, harder to rely on. Great powers respond accordingly: they share less sensitive intelligence, they make smaller long-term investments, and they are slower to come to the hedger's aid.</p>
<blockquote><p>Everyone wants to be our partner on a good day. The question we ask ourselves is who will answer the phone on a bad one.</p></blockquote>
<p>That remark, made by a senior foreign ministry official from a mid-sized democracy at a private workshop convened for this research, captures the dilemma. Portfolio diplomacy maximizes options in peacetime but may minimize support in a crisis.</p>
<p>A second cost is administrative. Each minilateral format demands summits, working groups, joint statements and follow-up. Foreign ministries in many middle powers are small, and the multiplication of commitments stretches them thin. Our review of public meeting calendars for a sample of twelve mid-sized states suggests that senior officials now attend an estimated 40 percent more multilateral and minilateral meetings each year than a decade ago, with no comparable increase in staffing.</p>
<p>A third cost is incoherence. When the trade ministry courts one set of partners, the defense ministry another and the technology regulator a third, the overall direction of policy can become opaque, sometimes even to the government itself.</p>
<h2>Hedging well: a framework</h2>
<p>The choice for middle powers is therefore not whether to hedge, but how to hedge well. Four principles can help.</p>
<h3>Anchor a small number of commitments</h3>
<p>Not every relationship should be transactional. Identifying two or three relationships that will be treated as durable, and investing in them consistently across changes of government, gives partners a reason to reciprocate with long-term commitments of their own.</p>
<h3>Be transparent about the rest</h3>
<p>Hedging breeds suspicion when it looks like concealment. Governments that publish clear statements of their interests, and explain why they are joining a particular coalition, are less likely to be accused of playing partners against one another.</p>
<h3>Consolidate before expanding</h3>
<p>Before joining a new format, foreign ministries should ask whether an existing one could take on the task. A periodic review, perhaps every two years, of which groupings are delivering results would allow dormant ones to be retired with little fuss.</p>
<h3>Coordinate at the center</h3>
<p>A small strategic unit close to the head of government, responsible for mapping the country's full set of external commitments, can prevent ministries from working at cross purposes and give partners a single point of contact on strategy.</p>
<h2>What great powers should take from this</h2>
<p>For the major powers, the spread of hedging is often read as disloyalty. It is better read as information. Middle powers hedge most when they doubt the staying power or the fairness of the partners on offer. A great power that wants firmer alignment will get further by offering predictable market access, patient investment and a genuine voice in decision-making than by demanding declarations of allegiance.</p>
<p>The era of tidy blocs is unlikely to return. The states that thrive in its absence will be those that treat flexibility as a tool rather than a doctrine, combining a wide network of partnerships with a small core of commitments that others can count on.</p>"""

_BODY_SECURITY = """<p>European governments have spent much of the past few years discovering that their armed forces were configured for short expeditionary operations rather than sustained, high-intensity conflict. Among the clearest symptoms is the state of munitions stockpiles. Artillery shells, air defense interceptors and precision-guided weapons are consumed far faster in a large conventional war than peacetime planning assumed, and the industrial base that produces them was sized for a world in which demand was low and predictable.</p>
<p>The political response has focused, understandably, on money. Defense budgets across much of the continent are rising, and spending targets expressed as a share of national income have become the headline measure of seriousness. But budgets are an input, not an output. Unless the way Europe buys and builds munitions changes, a large share of new spending risks being absorbed by higher prices rather than turned into more rounds on the shelf.</p>
<p>This analysis sets out why the munitions gap is fundamentally an industrial problem, and what governments can do about it.</p>
<h2>Why capacity cannot simply be switched on</h2>
<p>Munitions production is a chain of specialized steps, and each has its own constraints. Shell bodies require forging capacity; propellants and explosives depend on a small number of chemical plants; fuzes and guidance components rely on electronics supply chains that compete with civilian demand. A bottleneck at any single point caps the output of the whole.</p>
<p>Many of these steps were consolidated over the past three decades, as governments reduced orders and firms rationalized. In several categories, Europe now relies on one or two qualified suppliers for a critical input. Expanding a propellant plant or qualifying a new energetics line can take several years, because of environmental permitting, safety certification and the need to train specialized staff.</p>
<!-- figure -->
<p>Illustrative modeling for this journal, based on publicly reported capacity plans, suggests that even with unlimited funding, European output of standard artillery ammunition could plausibly grow by a factor of two to three over five years, but not much faster. The binding constraints are physical and human, not fiscal.</p>
<h2>The contracting trap</h2>
<p>Industry's reluctance to invest ahead of demand is often described as caution. It is better understood as a rational response to how governments buy. For most of the post-Cold War period, munitions were procured in small annual tranches, with orders cut whenever budgets tightened. A firm that built a new production line on the strength of a political speech would, on past experience, have been left with idle capacity within a few years.</p>
<blockquote><p>Industry does not invest on the basis of communiques. It invests on the basis of signed contracts with volumes and dates attached.</p></blockquote>
<p>Breaking this pattern requires governments to accept some financial risk themselves. Three instruments stand out:</p>
<ol>
<li><strong>Multiyear framework contracts</strong> of five to ten years, with guaranteed minimum volumes, that give manufacturers the confidence to expand.</li>
<li><strong>Capacity reservation payments</strong>, in which governments pay to keep production lines warm even when orders are low, preserving the ability to surge.</li>
<li><strong>Joint procurement</strong> across several countries, which aggregates demand into orders large enough to justify new plants and reduces the risk that any single government's budget cycle disrupts production.</li>
</ol>
<p>Each of these has been tried in some form. None has yet been used at the scale the problem demands, and each requires finance ministries to accept liabilities that stretch well beyond a single budget year.</p>
<h2>Too many calibers, too many standards</h2>
<p>A second obstacle is fragmentation. European armies field a wide variety of weapons systems, and even where they share a nominal caliber, national qualification rules can prevent ammunition made in one country from being fired by another's guns without lengthy testing. The effect is to split a continental market into a series of small national ones, each too modest to sustain efficient production runs.</p>
<p>Greater interoperability would not require every country to buy the same equipment. It would require mutual recognition of qualification testing, so that a round certified by one ally can be used by others with minimal additional trials. NATO standards provide a starting point, but implementation is uneven. A joint qualification office, funded collectively and empowered to certify once on behalf of all participants, would be a modest institutional reform with outsized effects.</p>
<h2>The workforce constraint</h2>
<h3>Skills that take years to build</h3>
<p>Perhaps the least discussed bottleneck is people. Energetics chemists, explosive-safety engineers, skilled machinists and quality inspectors are in short supply, and the defense sector competes for them with civilian industries that often offer higher pay and fewer restrictions. Training a competent technician for a munitions plant can take two to three years.</p>
<p>Governments can help by funding apprenticeships tied to specific facilities, clearing security-vetting backlogs that delay new hires by months, and supporting regional training centers near existing production clusters. These are unglamorous measures, but they determine whether new capacity can actually be staffed once it is built.</p>
<h2>A realistic agenda</h2>
<p>None of this argues against higher defense budgets. It argues for spending them differently. A credible European munitions strategy would combine the following elements:</p>
<ul>
<li>A published, multiyear demand signal for key munitions categories, agreed among allies and updated annually.</li>
<li>A standing fund for capacity reservation, insulated from annual budget fights.</li>
<li>Mutual recognition of ammunition qualification among participating states.</li>
<li>A targeted workforce program for energetics and precision manufacturing.</li>
<li>Stockpile targets expressed in days of sustained combat consumption, reported to parliaments in classified form each year.</li>
</ul>
<p>The goal is not to recreate the industrial mobilizations of the last century. It is to build a defense industrial base that can expand in months rather than years when deterrence demands it. Money will be needed for that, but money alone will not deliver it. What is required is a shift from buying munitions as an afterthought to treating their production as a strategic capability in its own right.</p>"""

_BODY_TRADE = """<p>Few ideas have spread through economic policy circles as quickly as friend-shoring: the proposition that supply chains for critical goods should be moved away from geopolitical rivals and toward allies and trusted partners. The logic is intuitive. If a country depends on a potential adversary for batteries, pharmaceutical ingredients or advanced chips, that dependence can be turned into leverage in a dispute. Diversifying toward friendly producers reduces the risk.</p>
<p>What is discussed less often is the cost. Global supply chains were built over decades to exploit differences in wages, scale and specialization. Redirecting them toward a narrower set of partners means giving up some of those efficiencies. Someone pays for that, whether consumers through higher prices, taxpayers through subsidies or firms through thinner margins.</p>
<p>This article sketches the likely scale of those costs, considers how they are distributed, and proposes a simple framework for deciding when the security benefits justify the bill.</p>
<h2>Estimating the cost</h2>
<p>Estimates of the economic cost of fragmentation vary widely, depending on how far realignment goes. Modeling exercises by international institutions and academic researchers have produced a broad range. In modest scenarios, where only a narrow set of strategic goods is affected, long-run output losses are well under one percent of global GDP. In severe scenarios, where trade splits into rival blocs across most sectors, losses run to several percent.</p>
<p>Our own illustrative calculations, focused on five product categories often described as strategic, suggest that shifting half of current imports from non-aligned suppliers to aligned ones would raise input costs in those categories by an estimated 8 to 15 percent in the first five years, easing as new capacity matures and gains scale.</p>
<!-- figure -->
<p>These numbers are uncertain, but the direction is not. Friend-shoring is a form of insurance, and insurance carries a premium.</p>
<h2>Who bears the burden</h2>
<p>The costs are not spread evenly. Three groups are particularly exposed.</p>
<ul>
<li><strong>Lower-income households</strong>, who spend a larger share of their budgets on manufactured goods whose prices may rise as supply chains shift.</li>
<li><strong>Smaller manufacturers</strong>, who lack the purchasing power and compliance teams to re-source inputs quickly and may lose ground to larger rivals.</li>
<li><strong>Developing economies outside the circle of trust</strong>, which risk being excluded from investment flows that might otherwise have supported their industrialization.</li>
</ul>
<p>The last point deserves emphasis. Friend-shoring strategies often define friends narrowly, around existing security partnerships. Many middle-income countries that are not aligned with any bloc, and that have done nothing to warrant exclusion, could find themselves bypassed. That would be bad for their development and, over time, for the strategic interests of the countries doing the excluding.</p>
<blockquote><p>A supply chain policy that treats most of the developing world as a risk to be managed, rather than a partner to be won, will end up with fewer friends than it started with.</p></blockquote>
<h2>When is the premium worth paying?</h2>
<p>Not every dependency is a vulnerability. A country that imports most of its furniture from a rival is exposed to price shocks, not coercion. A country that imports most of a processed mineral essential to its defense electronics from a single rival supplier is in a very different position. Policy should distinguish between the two.</p>
<h3>A three-part test</h3>
<p>We propose that governments ask three questions before intervening in a supply chain:</p>
<ol>
<li><strong>Concentration:</strong> Does a single potentially hostile supplier account for a large share of supply, say more than half, with few readily available alternatives?</li>
<li><strong>Criticality:</strong> Would a disruption impair national security, public health or essential infrastructure, rather than merely raising prices?</li>
<li><strong>Substitutability:</strong> Could stockpiles, alternative technologies or demand reduction manage a disruption without restructuring the supply chain itself?</li>
</ol>
<p>Only where the answers are yes, yes and no does the case for costly relocation become strong. Applied rigorously, this test would likely confine serious friend-shoring to a short list of goods, perhaps a low single-digit percentage of total imports by value for most advanced economies. That is a far narrower program than some of the rhetoric around economic security implies.</p>
<h2>Designing a fairer approach</h2>
<p>Where intervention is justified, its design matters as much as its scope. Broad tariffs tend to push costs onto consumers and invite retaliation. Targeted subsidies are more efficient but can set off expensive subsidy races among allies, each trying to attract the same factories.</p>
<p>A better approach would combine several elements. Allies could coordinate their incentives through shared lists of critical goods and agreed limits on subsidy competition. Strategic stockpiles, which are comparatively cheap, could buy time in a crisis without requiring full relocation. And the definition of trusted partners could be widened to include countries that meet transparent standards on labor, environment and investment screening, rather than being limited to formal allies.</p>
<p>Governments should also be candid about the trade-off. Presenting friend-shoring as costless undermines public support when prices rise. Presenting it as insurance, with a premium that is justified in some sectors and not in others, builds a more durable consensus and makes it easier to resist lobbying for protection that has little to do with security.</p>
<h2>Conclusion</h2>
<p>Economic security is a legitimate objective, and the risks of concentrated dependence on rivals are real. But friend-shoring is a tool with a price, not a free lunch. The countries that get it right will be those that use it sparingly, share its burdens fairly at home, and extend its benefits to a wide circle of partners abroad.</p>"""

_BODY_FISCAL = """<p>For roughly a decade, finance ministries in most advanced economies enjoyed an unusual luxury. Public debt rose substantially, yet the cost of servicing it stayed flat or even fell, because interest rates were close to historic lows. Debt that would once have alarmed bond markets was rolled over at rates that barely registered in annual budgets.</p>
<p>That era has ended. As older, cheaply financed bonds mature and are replaced at higher rates, interest payments are climbing steadily. In many countries, debt service is now among the fastest-growing items of public spending, and in some it is on course to rival defense or education in size. Unlike those programs, however, interest payments buy nothing new. They are the price of past decisions.</p>
<p>This shift is changing the politics of budgeting. It creates pressure for austerity just as demands for spending on defense, climate adaptation and aging populations are rising. How governments respond will shape public finances for a generation.</p>
<h2>The arithmetic of debt service</h2>
<p>The key variable is the gap between the interest rate a government pays on its debt and the growth rate of its economy. When growth exceeds the interest rate, debt can stabilize as a share of output even with modest deficits. When the interest rate rises toward or above growth, stabilizing debt requires primary surpluses, that is, surpluses before interest payments are counted.</p>
<p>Consider an illustrative economy with public debt equal to 100 percent of GDP. If the average effective interest rate on that debt rises from 2 percent to 3.5 percent as bonds are refinanced, annual interest costs rise by 1.5 percentage points of GDP. For a government whose total revenue is around 40 percent of GDP, that is equivalent to nearly 4 percent of all tax receipts redirected to bondholders.</p>
<!-- figure -->
<p>The effect builds gradually, because most debt is issued at fixed rates with maturities of several years. That delay is a mixed blessing. It gives governments time to adjust, but it also allows the problem to be ignored until the bill has become large.</p>
<h2>Why current fiscal rules struggle</h2>
<p>Most fiscal frameworks were designed for a different set of problems. Headline deficit limits and debt ceilings treat all spending as equivalent, whether it finances a bridge or an interest payment. As interest costs rise, such rules force cuts elsewhere, and the easiest cuts politically are usually to public investment, which has diffuse beneficiaries and distant payoffs.</p>
<blockquote><p>A fiscal rule that protects bondholders by starving investment may satisfy the letter of prudence while undermining the growth on which debt sustainability ultimately depends.</p></blockquote>
<p>There is also an institutional problem. In many legislatures, debt service is treated as a mandatory background item rather than a subject of active debate. Budget documents often present interest costs in a single line, with little analysis of how they are likely to evolve or how sensitive they are to changes in rates.</p>
<h2>Principles for a new generation of rules</h2>
<p>Reforming fiscal rules does not mean abandoning discipline. It means aiming discipline at the right target. We suggest four principles.</p>
<h3>1. Target debt dynamics, not single-year deficits</h3>
<p>Rules should focus on whether debt is on a sustainable path over a medium-term horizon of five to ten years, using transparent projections that account for expected interest rates and growth. This allows temporary deficits in downturns while requiring credible adjustment over time.</p>
<h3>2. Protect high-return investment</h3>
<p>A carefully defined and independently audited category of public investment could be partially shielded from short-term consolidation. The definition must be tight, to prevent routine spending from being relabeled, but the principle is sound.</p>
<h3>3. Make interest costs visible</h3>
<p>Budgets should include a dedicated statement on debt service, showing its projected path under several interest rate scenarios and its share of revenue. Visibility is the first step toward accountability.</p>
<h3>4. Strengthen independent scrutiny</h3>
<p>Independent fiscal councils, where they exist, should be given the mandate and resources to assess the sustainability of debt under realistic assumptions, and governments should be required to respond publicly to their findings.</p>
<h2>The political choices ahead</h2>
<p>Rules can structure decisions but cannot make them. Ultimately, rising interest costs must be met by some combination of higher revenue, lower non-interest spending and stronger growth. Each has its constituency and its limits.</p>
<ul>
<li><strong>Revenue:</strong> Broadening tax bases, by trimming exemptions and poorly targeted tax expenditures, is often less economically damaging than raising headline rates.</li>
<li><strong>Spending:</strong> Regular spending reviews that test programs against their stated objectives can identify savings without indiscriminate cuts.</li>
<li><strong>Growth:</strong> Reforms that raise productivity, such as planning reform, skills investment and faster infrastructure delivery, improve debt dynamics more durably than any one-off consolidation.</li>
</ul>
<p>Debt management can help at the margin. Finance ministries can lengthen the average maturity of their debt when conditions allow, reducing exposure to future rate rises, though usually at the cost of somewhat higher borrowing costs up front.</p>
<p>There is an electoral dimension as well. Rising interest costs narrow the room for new spending promises, and parties that make them without credible financing are likely to face growing scrutiny from markets and fiscal watchdogs alike. That is not necessarily a bad thing. A more honest debate about trade-offs would serve voters well.</p>
<h2>Conclusion</h2>
<p>The return of meaningful interest costs is not a crisis for most advanced economies, but it is a lasting change in the fiscal environment. Governments that respond with blunt cuts to investment will weaken the growth they need. Those that reform their rules, make debt costs transparent and commit to a credible medium-term path can meet the challenge while still funding the priorities that matter most.</p>"""

_BODY_ENERGY = """<p>The public debate about the energy transition has long focused on generation: how many wind turbines, solar farms and batteries can be built, and how quickly their costs will fall. On those measures, progress has outpaced many forecasts. Renewable power is now among the cheapest sources of new electricity in much of the world.</p>
<p>The constraint has moved. In many advanced economies, the limiting factor is no longer the cost of building clean power but the ability to connect it. Developers can wait years for a grid connection, and the queues of projects seeking one have in some markets grown to several times the size of existing generating capacity. Much of that pipeline will never be built, but viable projects are stuck behind speculative ones.</p>
<p>Fixing this is unglamorous work involving regulatory procedure, network planning and cost allocation. It is also among the most consequential climate policies available.</p>
<h2>How the queues became clogged</h2>
<p>Interconnection processes were designed for a system with a small number of large, centralized power plants. Each application was studied individually, in the order it arrived, to determine what network upgrades it would require. That approach worked when a handful of projects applied each year. It breaks down when thousands do.</p>
<p>By illustrative estimates drawn from published queue data in several markets, the median time from application to commercial operation for projects that reach completion has roughly doubled over the past decade, to something on the order of four to five years.</p>
<!-- figure -->
<p>Several features of the process compound the problem:</p>
<ul>
<li><strong>Low barriers to entry.</strong> Application fees and deposits are often small relative to project value, so developers file speculative applications for many sites, expecting to abandon most of them.</li>
<li><strong>Serial studies.</strong> When one project withdraws, studies for those behind it may need to be redone, creating cascading delays.</li>
<li><strong>Participant funding of upgrades.</strong> The first project to trigger a network upgrade is often asked to pay for it, even though later projects will benefit, which can make individual projects uneconomic.</li>
<li><strong>Reactive planning.</strong> Transmission is typically built in response to specific connection requests rather than in anticipation of where new generation is likely to locate.</li>
</ul>
<h2>Reforming the queue</h2>
<p>Several jurisdictions have begun experimenting with reforms, and the emerging lessons point in a consistent direction.</p>
<h3>From first come, first served to first ready, first served</h3>
<p>Rather than studying projects in order of arrival, grid operators can group them into clusters studied together, and prioritize those that demonstrate readiness through land rights, permits and meaningful financial commitments. Higher deposits, partly refundable for projects that proceed, discourage speculative applications without penalizing serious developers.</p>
<h3>Standardized, faster studies</h3>
<p>Greater use of standardized assumptions and automated modeling tools can shorten study timelines. Grid operators should also publish clear data on available capacity at different points on the network, so developers can steer projects toward locations where connection is feasible.</p>
<h3>Fairer cost sharing</h3>
<p>Where upgrades benefit many future users, their costs should be shared among them, or spread across network customers, rather than loaded onto whichever project happens to trigger them first.</p>
<h2>Planning the network ahead of need</h2>
<p>Queue reform addresses the symptom. The underlying cause is that transmission has been built too slowly and too reactively. High-voltage lines take far longer to plan, permit and build than the generation they serve, often a decade or more, compared with two or three years for a solar farm.</p>
<blockquote><p>We are trying to build a twenty-first-century power system on a network planned one application at a time. The queue is simply where that mismatch becomes visible.</p></blockquote>
<p>That assessment, from a senior grid planner interviewed on background for this analysis, points to the remedy: proactive, long-horizon transmission planning. Regulators should require network operators to plan for credible scenarios of future demand and supply, including the electrification of transport and heating, and approve investment ahead of specific connection requests. The risk of building some lines that prove underused is real, but modest compared with the cost of delaying clean power for years.</p>
<p>Permitting reform matters just as much. Transmission projects often need approval from several authorities, each with its own process and timeline. Statutory deadlines, consolidated environmental reviews and corridors designated in advance would shorten timelines without weakening legitimate safeguards.</p>
<h2>Making better use of existing wires</h2>
<p>New construction is not the only option. A set of grid-enhancing technologies can increase the capacity of existing lines at a fraction of the cost of new ones:</p>
<ol>
<li><strong>Dynamic line rating</strong>, which uses real-time weather data to let lines carry more power when conditions permit.</li>
<li><strong>Advanced power flow control</strong>, which steers electricity from congested lines toward underused ones.</li>
<li><strong>Reconductoring</strong>, which replaces existing conductors with higher-capacity materials on the same towers.</li>
<li><strong>Co-located storage</strong>, which allows projects to share a connection and shift output to times when the network has spare capacity.</li>
</ol>
<p>Regulatory incentives often discourage these options, because network companies typically earn returns on capital invested in new assets rather than on efficiency gains. Adjusting those incentives, for instance by letting utilities share in the savings from avoided construction, would encourage wider adoption.</p>
<h2>Conclusion</h2>
<p>The energy transition will not be won or lost on the price of solar panels. It will be decided in the less visible world of interconnection studies, transmission planning and regulatory incentives. Governments that treat grid expansion as a strategic priority, on a par with generation targets, will be able to turn ambitious climate goals into electrons on the network. Those that do not will find their clean power pipeline waiting in a queue.</p>"""

_BODY_DIGITAL = """<p>The internet was built on the assumption that information would flow freely across borders. Governments have spent the past decade qualifying that assumption. Data protection laws, localization requirements, national security reviews and controls on sensitive technologies now shape where and how data can travel, and the number of such measures keeps growing.</p>
<p>Much of this regulation responds to legitimate concerns: privacy, law enforcement access, national security and the market power of a few large platforms. But the rules have been written largely in isolation, and the result is a patchwork that imposes real costs, especially on smaller firms, researchers and countries with limited regulatory capacity.</p>
<p>Full harmonization of data rules is neither achievable nor, perhaps, desirable. Societies weigh privacy, security and innovation differently. The more realistic goal is interoperability: frameworks that allow different systems to recognize one another and let data move between them under clear conditions.</p>
<h2>The cost of fragmentation</h2>
<p>Measuring the economic impact of data restrictions is difficult, because data flows are not recorded at customs posts. Nonetheless, several lines of evidence point the same way. Firms operating across multiple jurisdictions report substantial compliance costs, including duplicated legal reviews, separate data storage and restricted access to analytics tools. Researchers in fields such as health and climate science report delays in sharing datasets across borders.</p>
<p>In a small survey of mid-sized firms carried out for this journal, which should be treated as indicative rather than representative, roughly six in ten respondents said that differences in data rules between their main markets had delayed or canceled at least one product launch in the previous three years. Smaller firms were considerably more likely to report such effects than larger ones, which can absorb compliance costs more easily.</p>
<!-- figure -->
<p>Fragmentation also carries less tangible costs. It can weaken privacy protection, since data that cannot move through lawful channels may be transferred through opaque ones. And it can entrench large incumbents, which alone have the resources to comply with every regime at once.</p>
<h2>Three models and the space between them</h2>
<p>Broadly, three approaches to data governance have emerged among major economies:</p>
<ul>
<li><strong>A rights-based model</strong>, which treats personal data protection as a fundamental right and permits transfers abroad only where the destination offers comparable safeguards.</li>
<li><strong>A market-led model</strong>, which relies more on sectoral rules, contractual commitments and enforcement against unfair practices, with fewer restrictions on transfers.</li>
<li><strong>A state-centered model</strong>, which emphasizes national security and government control, often requiring that certain data be stored domestically and remain accessible to authorities.</li>
</ul>
<p>These models are not fully compatible, and bridging the third with the first two is especially hard. But between the first two, and among the many countries that sit somewhere in between, there is considerable room for practical cooperation.</p>
<h2>Building blocks of interoperability</h2>
<h3>Mutual recognition of safeguards</h3>
<p>Transfer mechanisms such as adequacy findings, certification schemes and standard contractual clauses can be designed to recognize one another. A firm certified under one framework could, subject to agreed conditions, be treated as compliant under another, cutting the number of duplicated audits.</p>
<h3>Principles for trusted government access</h3>
<p>Much of the tension over data transfers concerns government access for law enforcement and intelligence purposes. Agreed principles on necessity, proportionality, oversight and redress, adopted by like-minded governments, would address one of the main reasons given for restricting transfers.</p>
<h3>Shared technical standards</h3>
<p>Privacy-enhancing technologies, including secure computation and robust anonymization, can allow analysis of data without exposing the underlying personal information. Common standards for these tools, developed through open processes, would make them easier for regulators to rely on.</p>
<blockquote><p>Interoperability is not a compromise on principles. It is the recognition that two systems can reach the same protective goal by different routes.</p></blockquote>
<h2>Including the rest of the world</h2>
<p>Debates about data governance are often dominated by a few large economies. Yet many developing countries are drafting data laws now, and their choices will shape the digital economy for decades. If interoperability arrangements are designed as exclusive clubs, these countries may adopt more restrictive regimes by default, or align with whichever model offers the most immediate support.</p>
<p>Wealthier economies can help by funding regulatory capacity building, offering open templates for data protection legislation and ensuring that interoperability frameworks have clear, achievable entry criteria. Countries that are drafting their first data laws want a say in how the rules are written, not just the chance to sign up to rules written elsewhere.</p>
<h2>A practical agenda</h2>
<p>Progress will come through incremental steps rather than a grand treaty. We recommend the following priorities for governments committed to open but trusted data flows:</p>
<ol>
<li>Launch a plurilateral initiative on mutual recognition of data transfer certifications, open to any country that meets transparent criteria.</li>
<li>Adopt and publish shared principles on government access to data held by the private sector, backed by independent oversight.</li>
<li>Fund joint development of standards for privacy-enhancing technologies through neutral standards bodies.</li>
<li>Create a regulatory cooperation forum in which data protection authorities can coordinate enforcement and share technical expertise.</li>
<li>Support capacity building for regulators in lower-income countries, linked to participation in interoperability arrangements.</li>
</ol>
<p>The digital economy does not need a single global rulebook. It needs rulebooks that can talk to one another. Building that interoperability will take patient diplomacy and technical work, but the alternative, a world of sealed digital borders, would be poorer, less innovative and, in the end, less protective of the very rights that regulation is meant to secure.</p>"""

# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------

ARTICLES = [
    {
        "title": "The Hedging Century: How Middle Powers Are Rewriting the Rules of Alignment",
        "slug": "hedging-century-middle-powers-alignment",
        "standfirst": (
            "Middle powers are trading fixed alliances for issue-by-issue coalitions. "
            "That flexibility brings leverage, but it also carries hidden costs for trust and predictability."
        ),
        "category": "diplomacy-and-foreign-policy",
        "authors": ["Margit Ellery"],
        "tags": ["diplomacy", "geopolitics", "united states", "china", "europe"],
        "days_ago": 3,
        "featured": False,
        "hero": {
            "motif": "circles",
            "alt": "Illustration: several overlapping circles of different sizes",
            "caption": "Overlapping circles stand in for the partnerships middle powers now juggle at once, each covering a different part of the agenda.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "network",
            "alt": "Illustration: a web of dots joined by thin connecting lines",
            "caption": "Illustrative: the dense web of minilateral groupings that a typical middle power now belongs to, where once a single alliance sufficed.",
            "credit": "Chart: Journal analysis",
        },
        "body": _BODY_DIPLOMACY,
    },
    {
        "title": "Europe's Munitions Gap Is an Industrial Problem, Not Just a Budget One",
        "slug": "europe-munitions-gap-industrial-problem",
        "standfirst": (
            "Bigger defense budgets will not refill European stockpiles on their own. Without multiyear "
            "contracts, common standards and skilled workers, new money will chase scarce capacity."
        ),
        "category": "security-and-defence",
        "authors": ["Tomasz Okafor-Lind"],
        "tags": ["security", "nato", "europe", "defense industry", "budget"],
        "days_ago": 17,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a grid of square blocks arranged like a city plan",
            "caption": "A regular grid evokes the industrial plants and production lines on which Europe's stockpiles ultimately depend.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "bars",
            "alt": "Illustration: a bar chart with bars of varying heights",
            "caption": "Illustrative: output can rise only as fast as the slowest link in the chain, from forging and propellants to fuzes and skilled labor.",
            "credit": "Chart: Journal analysis",
        },
        "body": _BODY_SECURITY,
    },
    {
        "title": "Friend-Shoring Has a Price Tag. Who Should Pay It?",
        "slug": "friend-shoring-price-tag-who-pays",
        "standfirst": (
            "Moving supply chains toward trusted partners can reduce strategic risk, but it raises costs. "
            "Governments should be honest about the bill and target it where the security gains are largest."
        ),
        "category": "trade",
        "authors": ["Priya Ramaswamy-Hale", "Margit Ellery"],
        "tags": ["trade policy", "supply chains", "china", "united states", "europe"],
        "days_ago": 29,
        "featured": False,
        "hero": {
            "motif": "network",
            "alt": "Illustration: dots linked by lines forming a branching network",
            "caption": "Supply chains form networks whose links can be rerouted, but seldom without cost.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "lines",
            "alt": "Illustration: a line chart that rises sharply and then eases back down",
            "caption": "Illustrative: input costs in strategic categories jump when sourcing shifts, then ease as new capacity matures.",
            "credit": "Chart: Journal analysis",
        },
        "body": _BODY_TRADE,
    },
    {
        "title": "The Interest Bill Is the New Battleground of Budget Politics",
        "slug": "interest-bill-new-battleground-budget-politics",
        "standfirst": (
            "After years of cheap borrowing, rising debt service costs are squeezing public spending. "
            "Smarter fiscal rules can protect investment without ignoring the arithmetic of debt."
        ),
        "category": "fiscal-policy",
        "authors": ["Priya Ramaswamy-Hale", "Dev Malhotra-Stone"],
        "tags": ["budget", "public debt", "fiscal rules", "interest rates"],
        "days_ago": 8,
        "featured": True,
        "hero": {
            "motif": "lines",
            "alt": "Illustration: a line chart that rises and falls before climbing again",
            "caption": "The line's late climb mirrors debt service costs, which stayed low for years before turning upward as debt is refinanced.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "bars",
            "alt": "Illustration: a bar chart with bars growing taller from left to right",
            "caption": "Illustrative: interest costs climb gradually, year by year, as cheaply financed bonds mature and are replaced at higher rates.",
            "credit": "Chart: Journal analysis",
        },
        "body": _BODY_FISCAL,
    },
    {
        "title": "The Grid Is the Bottleneck: Clearing the Queue for Clean Power",
        "slug": "grid-bottleneck-clearing-queue-clean-power",
        "standfirst": (
            "Clean power projects are ready to build, but many wait years for a grid connection. "
            "Reforming interconnection queues and planning transmission ahead of need could unlock them."
        ),
        "category": "energy-transition",
        "authors": ["Jonah Whitcombe"],
        "tags": ["climate", "energy", "electricity grids", "regulation"],
        "days_ago": 46,
        "featured": False,
        "hero": {
            "motif": "waves",
            "alt": "Illustration: layered horizontal waves stacked one above another",
            "caption": "Layered waves suggest the variable flows of wind and solar power that the grid must be built to carry.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "bars",
            "alt": "Illustration: a bar chart in which later bars stand roughly twice as tall as earlier ones",
            "caption": "Illustrative: the typical wait from connection request to operation has roughly doubled over a decade in several markets.",
            "credit": "Chart: Journal analysis",
        },
        "body": _BODY_ENERGY,
    },
    {
        "title": "Interoperable by Design: A Practical Agenda for Cross-Border Data Governance",
        "slug": "interoperable-by-design-cross-border-data-governance",
        "standfirst": (
            "Divergent national data rules are fragmenting the digital economy. Full harmonization is "
            "unrealistic, but interoperable frameworks can protect rights while keeping data moving."
        ),
        "category": "digital-governance",
        "authors": ["Amara Quist", "Dev Malhotra-Stone"],
        "tags": [
            "technology",
            "regulation",
            "data protection",
            "europe",
            "united states",
        ],
        "days_ago": 71,
        "featured": False,
        "hero": {
            "motif": "grid",
            "alt": "Illustration: a grid of squares laid out like city blocks",
            "caption": "A grid of separate blocks evokes the patchwork of national data regimes that firms and researchers must navigate.",
            "credit": "Illustration: Journal graphics desk",
        },
        "figure": {
            "motif": "circles",
            "alt": "Illustration: overlapping circles sharing a common central area",
            "caption": "Illustrative: distinct regulatory models overlap more than their rhetoric suggests, and that shared ground is where interoperability can be built.",
            "credit": "Chart: Journal analysis",
        },
        "body": _BODY_DIGITAL,
    },
]
