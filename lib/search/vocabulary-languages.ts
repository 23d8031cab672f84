// Everyday words in the languages of people arriving in Mexico who read little
// Spanish: French, Haitian Creole (Kreyòl) and Portuguese (issue 15). A query in
// Kreyòl ("avoka", "abri pou fanm") is read as the kind of help or population it
// names, and so finds the Spanish listings that give it.
//
// One table per language, keyed by the plain ISO 639-1 code, not by the site's
// `Locale` type: a language is searchable whether or not the site is translated
// into it, and the site gaining a locale changes nothing here. Words are folded
// (lowercase, no accents: "enfants", "crianca", "dokte" for "doktè").
//
// `base` stays the word itself: what is looked for in a listing's text besides
// the kind of help (listings are in Spanish and English, so the kind of help is
// what finds them; the base only ranks a listing that happens to use the word).
import type { Population, ServiceType } from "@/lib/taxonomy";
import type { VocabularyEntry } from "@/lib/search/vocabulary-entries";
import { words } from "@/lib/search/vocabulary-entries";

export type LanguageWords = {
  services: Partial<Record<ServiceType, VocabularyEntry[]>>;
  populations: Partial<Record<Population, VocabularyEntry[]>>;
  /** Words that carry no meaning for a search in this language ("I need", "for", "please"). */
  fillers: string[];
};

const fr: LanguageWords = {
  services: {
    legal_representation: words("avocat", "avocate", "avocats", "avocates", "defenseur", "representation juridique"),
    legal_orientation: words("juridique", "juridiques", "conseil juridique", "aide juridique", "droits", "droit", "conseil", "conseils", "orientation juridique"),
    asylum_procedure: words("asile", "demande d asile", "demandeur d asile", "refugie", "refugiee", "refugies", "refugiees", "statut de refugie"),
    detention_release: words("detention", "detenu", "detenue", "detenus"),
    shelter: words("refuge", "abri", "hebergement", "logement", "foyer", "ou dormir", "dormir"),
    food: words("nourriture", "manger", "repas", "faim"),
    humanitarian_aid: words("vetements", "aide humanitaire"),
    health: words("sante", "medecin", "medecins", "hopital", "malade", "soins", "medicaments"),
    mental_health: words("psychologue", "psychologues", "sante mentale", "soutien psychologique"),
    gbv_support: words("violence conjugale", "violences conjugales", "violence", "violences", "violence faite aux femmes"),
    employment_integration: words("travail", "emploi", "travailler"),
    education: words("ecole", "ecoles", "scolarite", "etudes"),
    documentation: words("papiers", "titre de sejour", "carte de sejour", "acte de naissance", "passeport"),
    family_reunification: words("regroupement familial"),
    missing_persons_search: words("disparu", "disparue", "disparus", "disparues", "personne disparue"),
    human_rights_complaints: words("plainte", "plaintes", "droits humains", "droits de l homme"),
  },
  populations: {
    women: words("femme", "femmes", "enceinte"),
    children: words("enfant", "enfants", "mineur", "mineurs", "mineure", "mineurs non accompagnes", "bebes"),
    families: words("famille", "familles", "parents"),
    survivors_of_violence: words("victime", "victimes", "survivant", "survivante"),
    returnees: words("expulse", "expulsee", "expulses", "renvoye"),
    indigenous: words("autochtone", "autochtones"),
  },
  fillers: "je j ai besoin d un une des du au aux avec mon ma mes ou et est il y cherche chercher trouver aide aider pour svp merci bonjour ici pres gratuit gratuite".split(" "),
};

const ht: LanguageWords = {
  services: {
    legal_representation: words("avoka", "avoka yo"),
    legal_orientation: words("dwa", "dwa m", "konsey", "konsey legal", "ed legal", "jiridik"),
    asylum_procedure: words("azil", "refijye", "demann azil", "estati refijye"),
    detention_release: words("prizon", "detansyon"),
    shelter: words("abri", "kay", "kote pou domi", "domi", "lojman"),
    food: words("manje", "grangou"),
    humanitarian_aid: words("rad", "ed imanite"),
    health: words("sante", "dokte", "lopital", "klinik", "malad", "medikaman", "swen"),
    mental_health: words("sikolog", "sikoloji", "sante mantal"),
    gbv_support: words("vyolans", "vyolans fanm", "abi"),
    employment_integration: words("travay", "djob"),
    education: words("lekol"),
    documentation: words("papye", "dokiman", "paspo", "batiste"),
    missing_persons_search: words("disparet", "pedi"),
    human_rights_complaints: words("plent", "dwa moun"),
  },
  populations: {
    women: words("fanm", "madanm", "fi", "ansent"),
    children: words("timoun", "pitit", "ti moun", "tibebe", "bebe"),
    families: words("fanmi", "fanmi m"),
    survivors_of_violence: words("viktim"),
    returnees: words("depote", "ranvwaye"),
  },
  fillers: "mwen m bezwen vle mande yon pou ak ki gen nan sou tanpri chache jwenn ede ed kote mesi bonjou isit la a aswe jodi".split(" "),
};

const pt: LanguageWords = {
  services: {
    legal_representation: words("advogado", "advogada", "advogados", "advogadas", "defensor publico", "defensoria"),
    legal_orientation: words("juridico", "juridica", "orientacao juridica", "assessoria juridica", "direitos", "ajuda juridica"),
    asylum_procedure: words("refugio", "pedido de refugio", "refugiado", "refugiada", "refugiados", "solicitacao de refugio"),
    detention_release: words("detencao", "detido", "detida"),
    shelter: words("abrigo", "abrigos", "alojamento", "moradia", "onde dormir", "albergue"),
    food: words("comida", "alimentacao", "fome", "refeicao", "refeicoes"),
    humanitarian_aid: words("roupa", "roupas", "ajuda humanitaria"),
    health: words("saude", "medico", "medica", "hospital", "doente", "remedio", "remedios", "posto de saude"),
    mental_health: words("psicologo", "psicologa", "saude mental", "apoio psicologico"),
    gbv_support: words("violencia domestica", "violencia contra a mulher", "violencia"),
    employment_integration: words("trabalho", "emprego", "trabalhar"),
    education: words("escola", "escolas", "estudar"),
    documentation: words("documentos", "papeis", "passaporte", "certidao de nascimento", "cpf"),
    missing_persons_search: words("desaparecido", "desaparecida", "desaparecidos"),
    human_rights_complaints: words("denuncia", "queixa", "direitos humanos"),
  },
  populations: {
    women: words("mulher", "mulheres", "gravida", "gestante"),
    children: words("crianca", "criancas", "menores", "filho", "filhos", "bebe", "adolescentes", "desacompanhados"),
    families: words("familia", "familias"),
    survivors_of_violence: words("vitima", "vitimas", "sobrevivente"),
    returnees: words("deportado", "deportada", "deportados"),
    indigenous: words("indigena", "indigenas"),
  },
  fillers: "eu preciso de um uma para com onde tem meu minha ajuda procuro procurando por favor obrigado obrigada ola aqui perto gratis gratuito em na no da do".split(" "),
};

/** The languages of arrival, by plain language code; Spanish and English are in vocabulary.ts. */
export const arrivalLanguageWords: Readonly<Record<string, LanguageWords>> = { fr, ht, pt };
