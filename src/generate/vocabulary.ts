/**
 * Words the generator composes: personal names by family (Persian names come with their
 * Persian script, as the seeds' aliases do), topics, CAMEO event codes with their Goldstein
 * scores (docs/event-coding.md), offices, outlets, and sentence templates for statements
 * and the excerpts that report facts.
 */
import type { NamePool } from "./countries.ts";

/** [Latin, Persian script] pairs. */
export const PERSIAN_FIRST: readonly (readonly [string, string])[] = [
  ["Mohammad", "محمد"], ["Ali", "علی"], ["Hassan", "حسن"], ["Hossein", "حسین"], ["Reza", "رضا"],
  ["Mahmoud", "محمود"], ["Abbas", "عباس"], ["Javad", "جواد"], ["Mehdi", "مهدی"], ["Saeed", "سعید"],
  ["Hamid", "حمید"], ["Majid", "مجید"], ["Ahmad", "احمد"], ["Kazem", "کاظم"], ["Manouchehr", "منوچهر"],
  ["Abdolreza", "عبدالرضا"], ["Kamal", "کمال"], ["Akbar", "اکبر"], ["Masoud", "مسعود"], ["Bahram", "بهرام"],
  ["Mojtaba", "مجتبی"], ["Esmaeil", "اسماعیل"], ["Nasser", "ناصر"], ["Ebrahim", "ابراهیم"], ["Farhad", "فرهاد"],
  ["Zahra", "زهرا"], ["Maryam", "مریم"], ["Fatemeh", "فاطمه"], ["Masoumeh", "معصومه"], ["Shirin", "شیرین"],
];
export const PERSIAN_LAST: readonly (readonly [string, string])[] = [
  ["Zarif", "ظریف"], ["Araghchi", "عراقچی"], ["Larijani", "لاریجانی"], ["Mottaki", "متکی"], ["Salehi", "صالحی"],
  ["Kazemi Qomi", "کاظمی قمی"], ["Rezaei", "رضایی"], ["Hosseini", "حسینی"], ["Mousavi", "موسوی"], ["Tehrani", "تهرانی"],
  ["Jafari", "جعفری"], ["Karimi", "کریمی"], ["Ahmadi", "احمدی"], ["Rahimi", "رحیمی"], ["Sadeghi", "صادقی"],
  ["Shamkhani", "شمخانی"], ["Velayati", "ولایتی"], ["Khatami", "خاتمی"], ["Kharrazi", "خرازی"], ["Baghaei", "بقائی"],
  ["Amirabdollahian", "امیرعبداللهیان"], ["Ravanchi", "روانچی"], ["Takht-Ravanchi", "تخت‌روانچی"], ["Kamalvandi", "کمالوندی"], ["Vaezi", "واعظی"],
  ["Nahavandian", "نهاوندیان"], ["Hashemi", "هاشمی"], ["Ghasemi", "قاسمی"], ["Mohajerani", "مهاجرانی"], ["Sharifi", "شریفی"],
];
/** Transliteration variants, as articles spell the same name differently. */
export const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  Mohammad: "Muhammad", Hossein: "Hussein", Hassan: "Hasan", Mahmoud: "Mahmud", Saeed: "Said",
  Mehdi: "Mahdi", Javad: "Jawad", Esmaeil: "Ismail", Ebrahim: "Ibrahim", Masoud: "Massoud",
  Mousavi: "Musavi", Rezaei: "Rezai", Araghchi: "Araqchi", Jafari: "Jaafari", Hosseini: "Husseini",
  Kazemi: "Kazimi", Velayati: "Velayeti", Kharrazi: "Kharazi", Mottaki: "Mottaki", Salehi: "Salihi",
};

const NAMES: Readonly<Record<Exclude<NamePool, "persian">, { first: readonly string[]; last: readonly string[] }>> = {
  arabic: {
    first: ["Nouri", "Haider", "Ibrahim", "Adel", "Fuad", "Hoshyar", "Saud", "Faisal", "Abdullah", "Khalid", "Nabil", "Walid", "Omar", "Tariq", "Yusuf", "Hamad", "Salem", "Mustafa", "Jamal", "Karim", "Layla", "Amira", "Rania", "Samir", "Ziad"],
    last: ["al-Maliki", "al-Abadi", "al-Jaafari", "Abdul Mahdi", "Hussein", "Zebari", "al-Faisal", "al-Jubeir", "bin Zayed", "al-Thani", "Aboul Gheit", "al-Moualem", "Bassil", "Mikati", "Safadi", "bin Alawi", "al-Sabah", "Nasrallah", "Haddad", "Khoury", "Mansour", "Saleh", "Qassem", "al-Hakim", "Barzani"],
  },
  english: {
    first: ["Ryan", "John", "Condoleezza", "Zalmay", "William", "Hillary", "Michael", "James", "Robert", "Susan", "Elizabeth", "David", "Thomas", "Richard", "Wendy", "Jake", "Antony", "Brett", "Mary", "Catherine", "Peter", "Jennifer", "Daniel", "Mark", "Sarah"],
    last: ["Crocker", "Kerry", "Rice", "Khalilzad", "Burns", "Clinton", "Pompeo", "Baker", "Gates", "Sherman", "Sullivan", "Blinken", "McGurk", "Miller", "Ashton", "Hale", "Ross", "Jones", "Smith", "Taylor", "Brown", "Wilson", "Walker", "Harris", "Cooper"],
  },
  european: {
    first: ["Javier", "Federica", "Josep", "Catherine", "Frank-Walter", "Laurent", "Jean-Yves", "Heiko", "Annalena", "Paolo", "Ignazio", "Didier", "Micheline", "Carl", "Margot", "Sebastian", "Alexander", "Enrique", "Helga", "Stephane", "Pierre", "Karin", "Luca", "Anna", "Jan"],
    last: ["Solana", "Mogherini", "Borrell", "Steinmeier", "Fabius", "Le Drian", "Maas", "Baerbock", "Gentiloni", "Calmy-Rey", "Burkhalter", "Bildt", "Wallstrom", "Kurz", "Schallenberg", "Schmid", "Dujarric", "Moreau", "Kneissl", "Rossi", "Bernard", "Janssen", "Larsen", "Dubois", "Weber"],
  },
  other: {
    first: ["Sergei", "Wang", "Yang", "Mevlut", "Hakan", "Shah Mahmood", "Sushma", "Taro", "Ban", "Kofi", "Antonio", "Celso", "Naledi", "Retno", "Dmitry", "Ahmet", "Li", "Nguyen", "Kim", "Elmar", "Zohrab", "Kassym-Jomart", "Rashid", "Aziz", "Vladimir"],
    last: ["Lavrov", "Yi", "Jiechi", "Cavusoglu", "Fidan", "Qureshi", "Swaraj", "Kono", "Ki-moon", "Annan", "Guterres", "Amorim", "Pandor", "Marsudi", "Peskov", "Davutoglu", "Zhaoxing", "Minh", "Jong-un", "Mammadyarov", "Mnatsakanyan", "Tokayev", "Meredov", "Aliyev", "Putin"],
  },
};

export function firstNames(pool: Exclude<NamePool, "persian">): readonly string[] {
  return NAMES[pool].first;
}
export function lastNames(pool: Exclude<NamePool, "persian">): readonly string[] {
  return NAMES[pool].last;
}

/** Fifty broad topics (ids `topic:<slug>`), the first six those of the seeds. */
export const TOPICS: readonly string[] = [
  "Iraq security", "Iran–US talks on Iraq", "US–Iran dialogue", "Iranian role in Iraq",
  "Iran nuclear negotiations", "Yemen negotiations", "Syria ceasefire", "Lebanon stability",
  "Afghanistan reconstruction", "Gulf maritime security", "Strait of Hormuz shipping",
  "Oil exports", "Sanctions relief", "Prisoner exchange", "Frozen assets", "Refugees",
  "Border security", "Counter-terrorism", "Arms control", "Missile programme",
  "Nuclear inspections", "Enrichment limits", "Regional trade", "Energy cooperation",
  "Water sharing", "Pilgrimage arrangements", "Consular affairs", "Embassy reopening",
  "Humanitarian aid", "Earthquake relief", "Caspian Sea status", "Kurdish question",
  "Palestinian question", "Israel–Hezbollah conflict", "Drug trafficking", "Human rights",
  "Detained journalists", "Cultural exchange", "Dialogue among civilizations",
  "UN Security Council resolutions", "OPEC production quotas", "Debt relief",
  "Transit corridors", "Airspace incidents", "Naval incidents", "Cyber attacks",
  "Election observation", "Hajj disaster", "Climate and dust storms", "Pandemic response",
];

export interface EventCode {
  cameo: string;
  cameoName: string;
  goldstein: number;
}

/** docs/event-coding.md: codes for meetings by status. */
export const MEETING_CODES = {
  HELD: [
    { cameo: "040", cameoName: "Consult, not specified below", goldstein: 1.0 },
    { cameo: "042", cameoName: "Make a visit", goldstein: 1.9 },
    { cameo: "043", cameoName: "Host a visit", goldstein: 2.8 },
    { cameo: "044", cameoName: "Meet at a 'third' location", goldstein: 2.5 },
    { cameo: "046", cameoName: "Engage in negotiation", goldstein: 3.5 },
  ],
  PLANNED: [{ cameo: "036", cameoName: "Express intent to meet or negotiate", goldstein: 4.0 }],
  PROPOSED: [{ cameo: "026", cameoName: "Appeal to others to meet or negotiate", goldstein: 4.0 }],
  DECLINED: [{ cameo: "125", cameoName: "Reject proposal to meet, discuss, or negotiate", goldstein: -5.0 }],
} as const satisfies Record<string, readonly EventCode[]>;

/** Statement codes, each with sentences that fit it ({topic}, {other} are filled in). */
export const STATEMENT_CODES: readonly (EventCode & { en: readonly string[] })[] = [
  { cameo: "010", cameoName: "Make statement, not specified below", goldstein: 0.0, en: ["The talks on {topic} covered a wide range of issues", "We discussed {topic} in detail with our {other} counterparts"] },
  { cameo: "012", cameoName: "Make pessimistic comment", goldstein: -0.4, en: ["There are still tough days ahead on {topic}", "We are not yet close to an understanding with {other} on {topic}"] },
  { cameo: "013", cameoName: "Make optimistic comment", goldstein: 0.4, en: ["We are closer than ever to an agreement on {topic}", "The atmosphere of the talks with {other} was positive and business-like"] },
  { cameo: "016", cameoName: "Deny responsibility", goldstein: -2.0, en: ["The accusations made by {other} about {topic} are baseless"] },
  { cameo: "036", cameoName: "Express intent to meet or negotiate", goldstein: 4.0, en: ["We are ready to hold another round of talks with {other} on {topic}"] },
  { cameo: "051", cameoName: "Praise or endorse", goldstein: 3.4, en: ["We support the efforts of {other} on {topic}"] },
  { cameo: "111", cameoName: "Criticize or denounce", goldstein: -2.0, en: ["The policy of {other} on {topic} is unacceptable"] },
  { cameo: "112", cameoName: "Accuse, not specified below", goldstein: -2.0, en: ["{other} is undermining every effort on {topic}"] },
  { cameo: "125", cameoName: "Reject proposal to meet, discuss, or negotiate", goldstein: -5.0, en: ["Talks with {other} on {topic} are no longer on the table"] },
];

/** Persian statements with our English translation (the seeds' pattern for Persian text). */
export const PERSIAN_SENTENCES: readonly (readonly [string, string])[] = [
  ["ما آماده ادامه گفت‌وگو هستیم", "We are ready to continue the dialogue"],
  ["مذاکرات در فضایی سازنده برگزار شد", "The negotiations were held in a constructive atmosphere"],
  ["این ادعاها بی‌اساس است", "These claims are baseless"],
  ["هنوز روزهای سختی در پیش است", "There are still hard days ahead"],
  ["به توافق نزدیک‌تر از همیشه هستیم", "We are closer to an agreement than ever"],
  ["مذاکره با آمریکا دیگر در دستور کار نیست", "Negotiation with America is no longer on the agenda"],
];

/** Offices a person of a country may hold, most senior first. */
export const OFFICES: readonly string[] = [
  "Foreign Minister", "President", "Prime Minister", "Deputy Foreign Minister",
  "National Security Adviser", "Defence Minister", "Spokesman of the Foreign Ministry",
  "Special Envoy", "Ambassador", "Chief Negotiator", "Speaker of Parliament",
  "Interior Minister", "Oil Minister", "Director of the Foreign Ministry's Middle East Department",
];

export const UNDATED_TEXTS: readonly string[] = [
  "Monday", "earlier this week", "in the near future", "دوشنبه شب", "last month", "recently",
];

export const WEEKDAYS: readonly string[] = [
  "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
];

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
];

/** International bodies and negotiating groups: [name, kind, cameo, acronym]. */
export const INTERNATIONAL_BODIES: readonly (readonly [string, string, string | undefined, string])[] = [
  ["United Nations", "intergovernmental_organization", "IGOUNO", "united-nations"],
  ["International Atomic Energy Agency", "intergovernmental_organization", "IGOUNOIAE", "iaea"],
  ["European Union", "intergovernmental_organization", "IGOEEC", "eu"],
  ["Arab League", "intergovernmental_organization", "IGOARL", "arab-league"],
  ["Organisation of Islamic Cooperation", "intergovernmental_organization", "IGOMOSOIC", "oic"],
  ["Gulf Cooperation Council", "intergovernmental_organization", "IGOGCC", "gcc"],
  ["OPEC", "intergovernmental_organization", "IGOOPC", "opec"],
  ["NATO", "intergovernmental_organization", "IGONAT", "nato"],
  ["African Union", "intergovernmental_organization", "IGOAFU", "african-union"],
  ["Shanghai Cooperation Organisation", "intergovernmental_organization", undefined, "sco"],
  ["Alliance of Civilizations", "intergovernmental_organization", undefined, "alliance-of-civilizations"],
  ["Multi-National Force – Iraq", "armed_force", undefined, "mnf-i"],
  ["P5+1", "multilateral_group", undefined, "p5-plus-1"],
  ["E3", "multilateral_group", undefined, "e3"],
  ["G20", "multilateral_group", undefined, "g20"],
  ["Astana group", "multilateral_group", undefined, "astana-group"],
];

/** Wire services and papers that publish and relay: [name, language, country code]. */
export const OUTLETS: readonly (readonly [string, "en" | "fa", string])[] = [
  ["Associated Press", "en", "USA"], ["Reuters", "en", "GBR"], ["Agence France-Presse", "en", "FRA"],
  ["IRNA", "fa", "IRN"], ["ISNA", "fa", "IRN"], ["Fars News Agency", "fa", "IRN"], ["Tasnim", "fa", "IRN"],
  ["Mehr News Agency", "fa", "IRN"], ["Asr Iran", "fa", "IRN"], ["Iran Focus", "en", "GBR"],
  ["The Jerusalem Post", "en", "ISR"], ["The New York Times", "en", "USA"], ["The Washington Post", "en", "USA"],
  ["BBC Persian", "fa", "GBR"], ["Al Jazeera", "en", "QAT"], ["Al Arabiya", "en", "ARE"],
  ["TASS", "en", "RUS"], ["Xinhua", "en", "CHN"], ["Anadolu Agency", "en", "TUR"], ["Kuna", "en", "KWT"],
  ["Shargh", "fa", "IRN"], ["Kayhan", "fa", "IRN"], ["Etemad", "fa", "IRN"], ["Hamshahri", "fa", "IRN"],
];

export const VENUE_KINDS: readonly string[] = [
  "Foreign Ministry", "Presidential Palace", "Intercontinental Hotel", "Parliament building",
  "Residence of the ambassador", "Conference Centre", "Palace Hotel", "Prime Minister's office",
];

/** Lower-case ASCII slug with hyphens: the id convention of docs/graph-model.md. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, "-plus-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
