"""The reader's vocabulary, in folded form (see tokens.fold): data, reviewed like code.

Each set answers one question about a line: is it about capex, about another metric, a ranking,
a comparison, a chart, a truth question, a request for help? Phrases are matched on word
boundaries against the folded line, so "capex" never matches inside another word.
"""

from __future__ import annotations

# Brands and products that people name instead of the company (company id in the seed).
BRANDS: dict[str, str] = {
    "instagram": "meta",
    "insta": "meta",
    "whatsapp": "meta",
    "messenger": "meta",
    "threads": "meta",
    "oculus": "meta",
    "youtube": "alphabet",
    "gmail": "alphabet",
    "android": "alphabet",
    "waymo": "alphabet",
    "deepmind": "alphabet",
    "google cloud": "alphabet",
    "gcp": "alphabet",
    "amazon web services": "amazon",
    "aws": "amazon",
    "azure": "microsoft",
    "linkedin": "microsoft",
    "xbox": "microsoft",
    # people named for their company
    "zuckerberg": "meta",
    "zuck": "meta",
    "pichai": "alphabet",
    "nadella": "microsoft",
    "jassy": "amazon",
    "bezos": "amazon",
    "ellison": "oracle",
    "musk": "tesla",
    "jensen huang": "nvidia",
    "oracle cloud": "oracle",
    "oci": "oracle",
}

# Ordinary words a typo search would read as a company ("metal" ~ meta, "azur" ~ azure).
NEAR_NAMES = (
    "metal", "metals", "metro", "metre", "meter", "beta", "delta", "media", "mesa", "apply", "applied",
    "amazing", "amazone", "azur", "goal", "alibi", "threat", "thread", "oculist",
)
# Words about capital expenditure itself.
CAPEX = (
    "capex", "cap ex", "capital expenditure", "capital expenditures", "capital spending",
    "capital spend", "property and equipment", "ppe", "data center", "data centers",
    "data centre", "data centres", "datacenter", "datacenters", "infrastructure",
    "depenses en capital", "depenses d investissement", "depense d investissement",
    "centres de donnees", "centre de donnees", "infrastructures", "immobilisations",
)
# Spending and investing verbs and nouns (EN and FR).
SPEND = (
    "spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing",
    "investment", "investments", "pouring", "pours", "burn", "burned", "burnt",
    "investi", "investit", "investir", "investissent", "investissement", "investissements",
    "investira", "investiront", "investisseur", "investisseurs", "depense", "depenses", "depenser",
    "depensent", "depensera", "depenseront", "met", "mettre", "budget", "budgets",
)
# Forward-looking words: an outlook rather than a reported figure.
GUIDANCE = (
    "guidance", "guide", "guided", "outlook", "forecast", "forecasts", "plan", "plans",
    "planning", "planned", "expects", "expect", "expected", "projected", "prevision", "previsions",
    "prevoit", "prevoient", "prevu", "prevue", "perspectives", "objectif", "compte depenser",
)
# Asking for an amount.
HOW_MUCH = ("how much", "combien", "how big", "what amount", "montant", "quel montant", "what is", "what s")
# Other metrics: the reader says it only knows capex rather than answer with capex.
OTHER_METRIC = (
    "revenue", "revenues", "sales", "turnover", "profit", "profits", "earnings", "eps",
    "income", "net income", "operating income", "margin", "margins", "share price", "stock",
    "stocks", "shares", "market cap", "market capitalization", "valuation", "dividend",
    "dividends", "employees", "headcount", "staff", "workers", "debt",
    "chiffre d affaires", "benefice", "benefices", "resultat", "resultats", "marge",
    "marges", "action", "actions", "bourse", "capitalisation", "valorisation",
    "dividende", "dividendes", "salaries", "employes", "effectifs", "dette", "gagne", "gagnent",
    "gagne t", "earn", "earns", "earned",
)
# Ranking.
RANK = (
    "the most", "most", "le plus", "la plus", "les plus", "biggest", "largest", "top", "rank",
    "ranking", "rankings", "ranked", "classement", "classe", "classer", "plus gros", "plus grosse",
    "plus grand", "plus grands", "plus gros investisseurs", "leader", "leaders", "number one",
    "numero un", "premier investisseur", "leads", "lead", "leading", "en tete",
)
# Comparison words (two or more companies are what makes a comparison; these only help).
COMPARE = (
    "compare", "compared", "comparing", "comparison", "vs", "versus", "against", "stack up",
    "comparer", "compare les", "comparaison", "contre", "face a", "par rapport",
)
# Charts.
CHART = (
    "chart", "charts", "graph", "graphs", "plot", "draw", "visualise", "visualize", "graphique",
    "graphiques", "graphe", "courbe", "diagramme", "histogramme", "dessine", "trace",
)
QUARTERLY = ("quarterly", "per quarter", "by quarter", "quarter by quarter", "trimestriel",
             "trimestrielle", "trimestriels", "trimestrielles", "par trimestre")
# A question about whether something is true (hoax checks; with a figure, a capex claim).
TRUTH = (
    "is it true", "is that true", "is this true", "true or false", "is it real", "is this real",
    "is that real", "real", "true", "fake", "fake news", "hoax", "a hoax", "scam", "rumor",
    "rumour", "legit", "debunk", "c est vrai", "est ce vrai", "est ce que c est vrai", "vrai ou faux",
    "vrai", "faux", "intox", "canular", "arnaque", "rumeur", "fausse nouvelle", "exact",
    "c est exact", "really", "vraiment", "right", "il parait",
)
# Framing to cut from a hoax question so the hoax command sees the claim itself.
TRUTH_LEAD = (
    "est ce que c est vrai que", "est ce que c est vrai qu", "c est vrai que", "c est vrai qu",
    "est ce vrai que", "est ce vrai qu", "vrai ou faux", "est ce une arnaque", "est ce un canular",
    "est ce une intox", "est ce une fake news", "est ce que", "on m a dit que", "on m a dit qu",
    "il parait que", "il parait qu", "j ai lu que", "j ai entendu que", "intox", "fake news",
    "is it true that", "is it true", "is it real that", "is it a hoax that", "is this a hoax",
    "is this fake news", "is this fake", "is this real", "is it fake that", "true or false",
    "i heard that", "i heard", "heard that", "heard", "i read that", "fake news", "hoax", "is the",
    "is",
)
TRUTH_TAIL = (
    "c est une fake news", "c est une intox", "c est un canular", "c est une arnaque", "c est vrai",
    "vrai ou faux", "fake news", "intox", "canular", "arnaque", "is that true", "is this true",
    "is it true", "true or false", "is that real", "is it real", "a hoax", "hoax", "real", "true",
    "fake", "vrai", "c est exact", "exact", "right", "or not", "ou pas",
)
# Help.
HELP = (
    "help", "help me", "aide", "aide moi", "aidez moi", "what can you do", "what can this bot do",
    "what do you do", "what can i ask", "how do i use", "how do i ask", "how does this work",
    "how does this bot work", "how does it work", "how do you work", "comment je t utilise",
    "comment t utilise t on",
    "how to use", "commands", "command list", "tu sais faire quoi", "tu peux faire quoi",
    "tu fais quoi", "que sais tu faire", "que peux tu faire", "comment ca marche",
    "comment ca fonctionne", "comment on t utilise", "comment t utiliser", "commandes",
    "quelles commandes", "mode d emploi", "who are you", "qui es tu",
)
# The group as a whole ("big tech", "les GAFAM"): `capex` overview or `capex top`.
GROUP = (
    "big tech", "bigtech", "tech giants", "hyperscalers", "hyperscaler", "the companies",
    "companies", "company", "gafam", "gafa", "magnificent seven", "mag 7", "geants",
    "geants de la tech", "les geants", "entreprises", "entreprise", "societes", "everyone",
    "all of them", "them", "which", "who", "qui", "quelle", "lequel", "laquelle",
)

def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Language cues: function words and the domain words above that exist in only one language.
FRENCH = _wordset(
    "le la les des du de d l un une et ou est sont a ont pour par sur dans avec que qu qui quoi "
    "quel quelle quels quelles combien c ce cette ces son sa ses leur leurs au aux en tu vous il "
    "elle on nous je j m t moi mon ma mes pas plus ne y vrai faux depuis annee an dernier derniere "
    "prochain prochaine trimestre investi investit depense depenses prevoit previsions classement "
    "graphique entreprise stp svp merci bonjour fait fais montre compare comparer contre aujourd "
    "hui beaucoup ca peux sais aide t1 t2 t3 t4 investissement investissements investir investira "
    "prevision prevue milliards chiffres "
    # French words a letter away from a company's name, never read as its typo (« l'appel des résultats »)
    "appel appels"
)
ENGLISH = _wordset(
    "the a an and or is are was were for by on in with that what which who how much many did does "
    "do it its this these those their they you i me my we our of to from not more most last next "
    "year quarter spend spent spending invest invested guidance outlook chart compare show please "
    "can will would should true real fake about so far any idea hey thanks what s whats"
)
