// Turns what a person types into search terms: lowercase, no accents, no
// punctuation, no filler words, and the kinds of help everyday words stand for.
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { serviceTypes, type ServiceType } from "@/lib/taxonomy";

/** Lowercase without accents — the same folding as amparo_fold() in the database. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const stopWords = new Set(
  "a al and con de del el en for i in la las los me my of para por the to un una y near cerca".split(" "),
);

/**
 * Everyday words for each kind of help, in Spanish and English (folded). The
 * taxonomy labels in messages/*.json are added to these automatically.
 */
const everydayWords: Record<ServiceType, string[]> = {
  legal_representation: ["abogado", "abogada", "abogados", "lawyer", "lawyers", "attorney", "representacion", "juridica", "juridico"],
  legal_orientation: ["asesoria", "orientacion", "advice", "consejo", "legal", "juridica", "derechos", "rights"],
  asylum_procedure: ["asilo", "asylum", "refugio", "refugiado", "refugiada", "refugee", "comar", "solicitud"],
  detention_release: ["detencion", "detenido", "detenida", "detention", "detained", "estacion", "liberacion"],
  shelter: ["albergue", "shelter", "casa", "refugio", "dormir", "hospedaje", "alojamiento", "housing"],
  food: ["comida", "comedor", "alimentos", "food", "meal", "meals"],
  humanitarian_aid: ["ayuda", "humanitaria", "humanitarian", "aid", "emergencia", "emergency"],
  health: ["salud", "medico", "medica", "doctor", "clinica", "clinic", "health", "medical"],
  mental_health: ["psicologo", "psicologa", "psicologico", "psicologica", "psychologist", "therapy", "terapia", "mental", "psicosocial", "psychosocial", "trauma"],
  gbv_support: ["violencia", "genero", "gender", "gbv", "domestica", "domestic", "abuso", "abuse"],
  child_protection: ["ninos", "ninas", "nino", "nina", "menores", "children", "child", "kids", "adolescentes"],
  employment_integration: ["trabajo", "empleo", "work", "job", "jobs", "employment", "integracion", "integration"],
  education: ["escuela", "educacion", "school", "education", "estudios", "estudiar", "study"],
  documentation: ["documentos", "papeles", "documents", "papers", "identidad", "id"],
  family_reunification: ["familia", "reunificacion", "family", "reunification"],
  missing_persons_search: ["desaparecido", "desaparecida", "desaparecidos", "missing", "busqueda", "search"],
  human_rights_complaints: ["queja", "quejas", "denuncia", "complaint", "complaints", "derechos", "humanos", "rights"],
  country_information: ["informacion", "pais", "paises", "country", "reports", "informes"],
};

const labelWords = (type: ServiceType) =>
  [es, en].flatMap((messages) => fold(messages.Taxonomy.serviceType[type]).split(/[^a-z0-9]+/));

const synonyms = new Map<string, ServiceType[]>();
for (const type of serviceTypes) {
  for (const word of [...everydayWords[type], ...labelWords(type)]) {
    if (word.length < 3 || stopWords.has(word)) continue;
    synonyms.set(word, [...new Set([...(synonyms.get(word) ?? []), type])]);
  }
}

export type SearchTerm = { word: string; serviceTypes: ServiceType[] };
export type SearchQuery = { folded: string; terms: SearchTerm[] };

/** At most this many words are searched; more add cost and rarely precision. */
const maxTerms = 6;

export function parseSearchQuery(text: string): SearchQuery | null {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !stopWords.has(word))
    .slice(0, maxTerms);
  if (words.length === 0) return null;
  return {
    folded: words.join(" "),
    terms: words.map((word) => ({ word, serviceTypes: synonyms.get(word) ?? [] })),
  };
}
