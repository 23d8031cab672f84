// The words a person uses for what they need, in Spanish and English (French,
// Haitian Creole and Portuguese in vocabulary-languages.ts), folded
// (lowercase, no accents: "niñas" is written "ninas"). lib/search/understand.ts
// reads a query with them; nothing here is matched against the directory's
// own text, which the database searches (lib/data/directory-sql.ts).
//
// An entry is one word or a phrase of words. `base` is what is looked for in
// the listings' text when the word is read as a kind of help or a population
// (so that "albergues" also finds a listing that says "albergue").
import { catalogues } from "@/lib/i18n/catalogues";
import { populations, serviceTypes, type Population, type ServiceType } from "@/lib/taxonomy";
import { fold } from "@/lib/search/fold";
import { gendered, plural, words, type VocabularyEntry } from "@/lib/search/vocabulary-entries";
import { arrivalLanguageWords } from "@/lib/search/vocabulary-languages";

export type { VocabularyEntry };

/**
 * Everyday words for each kind of help. The taxonomy labels in messages/*.json
 * count too, each as a whole phrase ("salud mental y apoyo psicosocial").
 */
const serviceWords: Record<ServiceType, VocabularyEntry[]> = {
  legal_representation: [
    gendered("abogado"),
    plural("lawyer"),
    plural("attorney"),
    gendered("defensor"),
    ...words("representacion legal", "representacion juridica", "legal representation", "defensa legal", "defensora", "defensoras"),
  ],
  legal_orientation: [
    ...words("legal", "juridica", "juridico", "asesoria", "asesorias", "orientacion", "advice", "consejo", "consejos"),
    ...words("derechos", "rights", "ayuda legal", "legal aid", "legal help", "asesoria legal", "orientacion legal"),
  ],
  asylum_procedure: [
    ...words("asilo", "asylum", "refugio", "comar", "solicitud de refugio", "refugee status", "condicion de refugiado"),
    gendered("refugiado"),
    plural("refugee"),
  ],
  detention_release: [
    ...words("detencion", "detention", "detained", "estacion migratoria", "estaciones migratorias", "liberacion", "release"),
    gendered("detenido"),
    // How people say it: "¿pueden encerrar a un niño?", "locked up".
    ...words("encerrar", "encerrarlos", "encerrarme", "encierro", "locked up", "lock up"),
    gendered("encerrado"),
    // Verbs by their stem (lexicon.ts): detienen, detengan, encerraron.
    ...words("deten*", "detien*", "encerr*"),
  ],
  shelter: [
    plural("albergue"),
    plural("shelter"),
    plural("casa"),
    ...words("refugio", "dormir", "hospedaje", "alojamiento", "housing", "vivienda", "lodging", "place to stay", "where to sleep", "donde dormir"),
  ],
  food: [...words("comida", "comidas", "comer", "comedor", "comedores", "alimentos", "alimento", "alimentacion", "food", "meal", "meals", "despensa", "hambre", "hungry")],
  humanitarian_aid: [
    ...words("humanitaria", "humanitario", "humanitarian", "ayuda humanitaria", "humanitarian aid", "emergencia", "emergency", "ropa", "clothes", "clothing"),
  ],
  health: [
    ...words("salud", "doctor", "doctora", "clinica", "clinicas", "clinic", "health", "medical", "hospital", "medicina", "medicinas", "medicine", "enfermo", "enferma", "sick"),
    ...words("dental", "dentista", "dentist"),
    gendered("medico"),
  ],
  mental_health: [
    gendered("psicologo"),
    gendered("psicologico"),
    plural("psychologist"),
    ...words("psicologia", "therapy", "terapia", "mental", "psicosocial", "psychosocial", "trauma", "ansiedad", "anxiety", "depresion", "depression", "counseling", "counselling"),
    // How people say it when they do not name a service.
    gendered("deprimido"),
    ...words("triste", "tristes", "tristeza", "sad", "sadness", "depressed", "estres", "stress", "nervios", "hablar con alguien", "talk to someone", "someone to talk to"),
  ],
  gbv_support: [
    ...words("violencia", "genero", "gender", "gbv", "domestica", "domestic", "abuso", "abuse", "violacion", "rape"),
    ...words("violencia de genero", "gender based violence", "violencia domestica", "domestic violence"),
    // "Mujer maltratada", "battered": abuse in plain words.
    ...words("maltrato", "maltratos", "battered", "abused"),
    gendered("maltratado"),
    gendered("golpeado"),
    ...words("maltrat*", "golpe*", "abuse*"),
  ],
  child_protection: [...words("proteccion infantil", "child protection", "dif")],
  employment_integration: [
    ...words("trabajo", "trabajar", "empleo", "work", "job", "jobs", "employment", "integracion", "integration", "chamba"),
  ],
  education: [...words("escuela", "escuelas", "educacion", "school", "education", "estudios", "estudiar", "study", "clases", "classes")],
  documentation: [
    ...words("documentos", "documento", "papeles", "documents", "papers", "identidad", "curp", "visa", "residencia", "residency", "permiso", "permit"),
    ...words("pasaporte", "pasaportes", "passport", "passports", "acta de nacimiento", "birth certificate", "identificacion", "id card"),
  ],
  family_reunification: [...words("reunificacion", "reunification", "reunificacion familiar", "family reunification", "reunir")],
  missing_persons_search: [
    gendered("desaparecido"),
    ...words("desaparicion", "missing", "busqueda de personas", "missing person", "missing people"),
  ],
  human_rights_complaints: [
    plural("queja"),
    plural("denuncia"),
    plural("complaint"),
    // "Report" as in lodging one ("report a human rights violation", "report abuse"), and the Spanish verb.
    ...words("report", "reporting", "denunciar", "derechos humanos", "human rights", "cndh", "violation", "violations"),
    ...words("denunci*", "report*"),
  ],
  country_information: [
    ...words("informes", "country information", "informacion del pais", "pais de origen", "paises de origen", "country of origin"),
  ],
};

/** Everyday words for each population (who the help is for). The taxonomy labels count too. */
const populationWords: Record<Population, VocabularyEntry[]> = {
  women: [
    plural("mujer"),
    ...words("woman", "women", "female", "femenina", "femenino", "madre", "madres", "mother", "mothers", "embarazada", "embarazadas", "pregnant"),
  ],
  children: [
    gendered("nino"),
    ...words("ninez", "infancia", "menores", "menor de edad", "menores de edad", "nna", "bebe", "bebes", "baby", "babies"),
    plural("adolescente"),
    ...words("children", "child", "kids", "kid", "minor", "minors", "teen", "teens", "teenager", "teenagers", "adolescents", "youth"),
    ...words("no acompanados", "no acompanadas", "no acompanado", "no acompanada", "unaccompanied", "separados", "separated"),
  ],
  lgbtqi: [
    ...words("lgbt", "lgbtq", "lgbti", "lgbtqi", "lgbtiq", "lgbtqia", "lgbttti", "lgbtttiq", "lgbttiq", "glbt", "gay", "gays", "queer", "intersex", "intersexual"),
    ...words("lesbiana", "lesbianas", "lesbian", "lesbians", "trans", "transgenero", "transgender", "transexual", "bisexual", "homosexual"),
    ...words("diversidad sexual", "no binario", "no binaria", "nonbinary", "non binary"),
  ],
  indigenous: [...words("indigena", "indigenas", "indigenous", "pueblos originarios", "pueblo originario", "native")],
  families: [plural("familia"), ...words("family", "families", "padre", "padres", "father", "fathers", "parents", "hijos", "hijas")],
  detained: [],
  survivors_of_violence: [
    plural("sobreviviente"),
    plural("superviviente"),
    plural("victima"),
    ...words("survivor", "survivors", "victim", "victims"),
  ],
  in_transit: [...words("en transito", "in transit", "transito", "transit")],
  returnees: [
    gendered("deportado"),
    gendered("retornado"),
    gendered("repatriado"),
    ...words("deportee", "deportees", "deported", "returnee", "returnees"),
  ],
};

/**
 * Words that carry no meaning for a search (articles, prepositions, "I need",
 * "please", "free": every listing is free help). Dropped unless part of a phrase
 * above ("no acompañados", "en tránsito").
 */
export const fillerWords = new Set(
  [
    // Spanish
    "a al ante con de del desde el en entre hacia hasta la las le les lo los me mi mis nos o para pero por se si su sus te tu u un una unas uno unos y e ya muy mas no",
    "que quien quienes como cuando donde cual cuales cuanto cuanta cuantos cuantas adonde",
    "es son ser soy eres esta estan estoy estamos hay tengo tiene tienen tenemos puedo puede pueden podemos debo debe deben",
    "necesito necesita necesitamos necesitan quiero quiere queremos quisiera busco buscamos buscando buscar encontrar conseguir",
    "ayuda ayudar ayudan apoyo apoyar servicio servicios gratis gratuito gratuita gratuitos gratuitas urgente urgentemente favor porfavor hola",
    "cerca aqui alli hoy ahora algun alguna alguno algunos algunas otro otra mucho mucha",
    // "¿Qué hago?": what to do is what every question asks.
    "hago hacer hacemos",
    // English
    "an and are as at be by can could did do does for from get has have how i im in is it me my near need needs of on or our please",
    "some that the there this to want we what when where which who why with you your looking find help free urgent any about many much",
    "am will would should may",
    // French, Haitian Creole, Portuguese
    ...Object.values(arrivalLanguageWords).map((language) => language.fillers.join(" ")),
  ]
    .join(" ")
    .split(" "),
);

/**
 * Everyday words one letter away from a word of the vocabulary that mean something else:
 * never read as its typo ("casos" is no misspelt "casas", "México" no misspelt "médico").
 * Found by reading every word of the listings and legal notes as a query (see the unit test).
 */
export const notTypos = new Set(
  [
    "casos cosas causas cases comoda tomar enero media medio medios medias medidas medina mexico hecho viviendo hombre hombres queda quedan",
    "chile beber permite suarez other others nights lights fights means wealth retention detailed comes denial",
    // One letter from a French, Kreyòl or Portuguese word (vocabulary-languages.ts): "mande" is no misspelt "manje".
    "abrio danger debido directos escala paseo santa santo santos santas malas salad plenty plena pleno absent depot sauce docente aisle dispara mande",
    // One letter from "report": deportation is not a complaint.
    "deport",
  ]
    .join(" ")
    .split(" "),
);

/** Words that open a question: with one first, or a question mark, the query is a question. */
export const questionOpeners = new Set(
  "que quien quienes como cuando donde cual cuales cuanto cuanta cuantos cuantas puedo puede debo tengo hay es por adonde how what when where which who why can could do does did is are am should must may".split(
    " ",
  ),
);

/**
 * Other names people use for places, by the place's slug in the database
 * (prisma/seed/data/places.json). A slug the database does not hold is skipped.
 */
export const placeAliases: { kind: "state" | "city"; slug: string; names: string[] }[] = [
  { kind: "state", slug: "ciudad-de-mexico", names: ["cdmx", "df", "distrito federal", "ciudad de mexico", "mexico city", "mexico df"] },
  { kind: "state", slug: "estado-de-mexico", names: ["edomex", "estado de mexico", "state of mexico"] },
  { kind: "state", slug: "nuevo-leon", names: ["nuevo leon"] },
  { kind: "city", slug: "ciudad-juarez", names: ["juarez", "cd juarez"] },
  { kind: "city", slug: "tuxtla-gutierrez", names: ["tuxtla"] },
  { kind: "city", slug: "san-cristobal-de-las-casas", names: ["san cristobal"] },
  { kind: "city", slug: "naucalpan-de-juarez", names: ["naucalpan"] },
  { kind: "city", slug: "ciudad-ixtepec", names: ["ixtepec"] },
  { kind: "city", slug: "oaxaca-de-juarez", names: ["oaxaca de juarez"] },
  { kind: "city", slug: "ciudad-hidalgo", names: ["cd hidalgo"] },
];

/**
 * Words for what legal notes talk about that are not kinds of help: "how many
 * days" asks for a deadline. They help find the note that answers a question
 * and play no part in finding listings. Each group is one meaning.
 */
export const noteTopicWords: Record<string, string[]> = {
  deadline: ["plazo", "plazos", "deadline", "deadlines", "cuantos dias", "cuanto tiempo", "how many days", "how long", "time limit", "a tiempo", "in time", "vence"],
  apply: ["pedir", "solicitar", "solicitud", "presentar", "apply", "applying", "application", "tramitar", "solicit*"],
  fraud: ["fraude", "fraudes", "fraud", "estafa", "estafas", "scam", "scams", "cobrar", "cobran", "cobro", "cobra", "cobraron", "cobrando", "estaf*", "charge", "charged", "charges", "charging", "dinero", "money", "pagar", "pay", "cuesta", "cuanto cuesta", "cost", "costo", "lugar en la fila", "place in line"],
  refoulement: [
    ...["devolucion", "no devolucion", "refoulement", "non refoulement"],
    // "Si regreso a mi país me matan": being sent back is what the note is about.
    ...["regreso a mi pais", "regresar a mi pais", "volver a mi pais", "send me back", "return to my country", "go back to my country"],
  ],
  complementary: ["complementaria", "complementary"],
  cartagena: ["cartagena"],
  persecution: ["persecucion", "persecution", "perseguido", "perseguida", "persecuted", "me matan", "matarme", "kill me", "amenaza", "amenazas", "amenazado", "amenazada", "threat", "threats", "threatened", "persegu*", "persig*", "amenaz*", "threat*"],
  credible_fear: ["miedo creible", "credible fear", "creible", "credible"],
  fear: ["miedo", "fear", "afraid"],
  // Deported, or sent back, is what a person fears, whatever the law calls it ("¿me pueden deportar mientras espero?").
  deportation: [
    ...["deportar", "deportarme", "deportacion", "deportation", "deport", "expedited removal", "deportacion acelerada", "removal"],
    ...["devolverle", "devolverme", "enviarle a su pais", "sent back", "send back", "be sent back", "deport*", "expuls*"],
  ],
  united_states: ["estados unidos", "eeuu", "eua", "usa", "united states", "us border"],
  form: ["formulario", "form", "i 589", "589"],
  year: ["un ano", "one year", "year", "ano"],
  // "¿Quién puede ser refugiado?", "¿cuento como refugiado?": who counts as one.
  definition: ["definicion", "definition", "quien es", "who is", "quien puede ser", "who can be", "cuento como", "cuenta como", "count as", "counts as", "califico", "qualify", "qualifies", "calific*"],
  // Fleeing, and what people flee from: gangs are the violence the Cartagena definition covers.
  fleeing: ["hui", "huir", "huye", "huyen", "huyo", "huyeron", "huyendo", "fled", "flee", "flees", "fleeing", "escap*"],
  generalised_violence: ["violencia generalizada", "generalised violence", "generalized violence", "pandilla", "pandillas", "maras", "mara", "gang", "gangs"],
  // A refusal ("me negaron el refugio"): what protection is left after it.
  refusal: ["negaron", "niegan", "negado", "negada", "rechazaron", "rechazado", "rechazada", "no me reconocen", "no le reconocen", "denied", "rejected", "refused", "not recognised", "not recognized", "rechaz*", "reject*"],
  law: ["ley", "law", "leyes", "laws"],
  pending: [
    ...["mientras", "while", "pending", "en tramite", "espera", "esperar", "espero", "waiting", "wait"],
    // Waiting for COMAR's answer is the case pending, not an answer about something else.
    ...["espero la respuesta", "esperando la respuesta", "espero respuesta", "waiting for an answer", "waiting for a decision", "waiting for the decision"],
  ],
};

const labelPhrase = (label: string) => fold(label).replace(/[^a-z0-9]+/g, " ").trim();

/** The taxonomy label of a kind of help or population in every catalogue on file, as one phrase each. */
function labelEntries(section: "serviceType" | "population", key: string): VocabularyEntry[] {
  return Object.values(catalogues).flatMap((messages) => {
    const labels = (messages.Taxonomy as Record<string, unknown> | undefined)?.[section] as Record<string, string> | undefined;
    const label = labels?.[key];
    if (!label) return [];
    const phrase = labelPhrase(label);
    return [{ forms: [phrase], base: phrase }];
  });
}

/** A kind of help's or population's words in every language: Spanish and English above, then each language of arrival's. */
const inEveryLanguage = <K extends string>(own: VocabularyEntry[], table: "services" | "populations", key: K): VocabularyEntry[] => [
  ...own,
  ...Object.values(arrivalLanguageWords).flatMap((language) => (language[table] as Partial<Record<K, VocabularyEntry[]>>)[key] ?? []),
];

/** The languages whose everyday words the search reads (plain language codes). */
export const searchLanguages = ["es", "en", ...Object.keys(arrivalLanguageWords)];

export const serviceVocabulary: [ServiceType, VocabularyEntry[]][] = serviceTypes.map((type) => [
  type,
  [...inEveryLanguage(serviceWords[type], "services", type), ...labelEntries("serviceType", type)],
]);

export const populationVocabulary: [Population, VocabularyEntry[]][] = populations.map((population) => [
  population,
  [...inEveryLanguage(populationWords[population], "populations", population), ...labelEntries("population", population)],
]);
