// Given names whose bearer is usually a man or a woman, for telling "he" from "she" when
// the text gives no title: a hand list of names common in English-language news, and a
// larger table learned from annotated news corpora (`npm run train:names` writes
// data/givenNameGenders.json). The hand list wins where they disagree; names borne by men
// and women alike (Chris, Pat, Jordan, Kim, Jean) are in neither.
import { lowerCase } from '../text/lowerCase';
import { cachedByText } from '../text/cachedByText';

const MALE = (
  'aaron adam alan albert alex alexander andrew anthony antony arthur barack ben benjamin bernie bill billy bob ' +
  'boris brian bruce carl carlos charles charlie chuck colin craig dan daniel david dennis dick donald doug douglas ' +
  'dwight ed eddie edward emmanuel eric frank fred gary george gerald greg gregory hank harold harry henry howard ' +
  'ian jack jacob jake james jared jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan ' +
  'jose joseph josh joshua juan justin keith ken kenneth kevin larry lawrence louis luis marco mark martin ' +
  'matt matthew michael mike mitch mitt muhammad nathan neil newt nick nicholas noah oliver omar patrick paul pete ' +
  'peter phil philip rahm rand ralph raymond reince rex richard rick rob robert roger ron ronald rudy russell ryan ' +
  'sam samuel scott sean sergei shinzo stephen steve steven ted terry thomas tim timothy todd tom tony vladimir ' +
  'walter wayne will william xi ahmed ali hassan hussein ibrahim mohammed benny bernard bobby corey cory elijah ' +
  'franklin gavin herbert hugh ivan jesse kurt lamar lyndon marcus mario maurice mitchell nelson norman orrin ' +
  'reggie reid roy rupert ruben sherrod spencer stanley stuart ty tyler victor wade warren zach ' +
  // Common in British, European, Indian and world news beyond US politics.
  'leonard viktor karim andrey andrei dmitry dmitri mikhail alexei pavel oleksandr volodymyr olaf hans klaus jurgen ' +
  'stefan lars sven anders erik pierre jacques francois giuseppe giovanni luca pablo diego miguel javier sergio ' +
  'fernando hakan recep mehmet mustafa emre yusuf khalid tariq hamid hamza mahmoud rajesh ravi rahul amit arjun ' +
  'sanjay vijay suresh ramesh narendra anil sunil manoj rishi keir nigel gordon angus hamish callum declan rory ' +
  'ciaran seamus liam niall hiroshi takeshi kenji kofi kwame cyril thabo marcel felix hugo jonah tobias lukas ' +
  // Irish, Indian, Nigerian, Kenyan, South African, Ukrainian and Gulf news of the 2020s (accents dropped: "Pádraig" is found as "padraig").
  'eoin padraig darragh cillian oisin fionn ruairi donal mukesh vivek akash anant salil anurag jairam babajide olufemi chukwuemeka ' +
  'kolawole dele ayodele tunde emeka obinna ikenna irungu raila kgosientsho lesetja oleh oleksiy dmytro andriy ihor yurii mykola taras ' +
  'serhiy vitaliy ghaith waseem mateo bukayo'
).split(/\s+/u);

const FEMALE = (
  'abigail alice amanda amy angela ann anna anne barbara betsy betty brenda carly carol caroline catherine ' +
  'chelsea cheryl christina christine claire cynthia dana debbie deborah diana diane donna doris dorothy elizabeth ' +
  'ellen elaine emily emma erin gennifer gillian gina gloria hannah heather helen hillary huma ivanka jacqueline ' +
  'jane janet jennifer jessica jill joan joni joyce judith judy julia julie karen kate katherine kathleen kathy ' +
  'kayleigh kellyanne kelly kirsten kristen laura lauren linda lisa loretta lori louise lynn madeleine margaret ' +
  'maria marie marilyn martha mary megan megyn melania michele michelle monica nancy natalie nicole nikki olivia ' +
  'pam pamela patricia paula rachel rebecca rosie ruth sally samantha sandra sara sarah sharon shirley sophia ' +
  'stephanie susan susana tammy teresa theresa tina tulsi valerie victoria virginia wendy yvonne zoe ayanna ' +
  'alexandria ilhan rashida kamala condoleezza hope dianne maxine marsha elise liz ' +
  'elena nadia grace molly marta priya anita sunita kavita pooja deepika aisha fatima leila yasmin olga natalia ' +
  'svetlana irina tatiana ingrid greta ursula giorgia francesca giulia lucia carmen isabel sofia beatriz amina ' +
  'ngozi harriet hazel lucy ellie chloe sophie charlotte amelia eleanor fiona kirsty yvette priti suella kemi ' +
  'jacinda mette sanna annalena tamara vera nina mariana gabriela daniela paola silvia agnes helga ' +
  // As above, and British names the corpora hold few of.
  'claudia siobhan aoife roisin niamh saoirse sile orla grainne caoimhe nita isha folasade funmilayo chiamaka adaeze mwende achieng ' +
  'wanjiru wangari thandiwe nomvula lindiwe halyna oksana olena mariam noura vanessa jayne eva amira lubna hayley'
).split(/\s+/u);

const GENDER = new Map<string, 'male' | 'female'>();
for (const n of MALE) GENDER.set(n, 'male');
for (const n of FEMALE) GENDER.set(n, 'female');

/**
 * Names given to men and women alike, or to men in one language and women in another
 * (Andrea): a corpus count says little about the next bearer, so the learned table is not
 * asked about them.
 */
const AMBIGUOUS = new Set([
  'chris', 'pat', 'jordan', 'kim', 'jean', 'leslie', 'robin', 'jamie', 'taylor', 'casey', 'morgan', 'lee', 'jess',
  'jo', 'frankie', 'toni', 'andrea', 'nicola', 'ashley', 'sidney', 'sydney', 'jackie', 'tracy', 'kerry', 'shannon',
  'cameron', 'avery', 'riley', 'quinn', 'drew', 'bobbie', 'billie',
]);

interface LearnedTable {
  male: string;
  female: string;
}

let learned: Map<string, 'male' | 'female'> | undefined;

/** Loaded on first use: the JSON ships in the worker bundle and costs nothing at activation. */
function learnedGenders(): Map<string, 'male' | 'female'> {
  if (learned) return learned;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('./data/givenNameGenders.json') as LearnedTable;
  learned = new Map();
  for (const n of data.male.split(' ')) if (n) learned.set(n, 'male');
  for (const n of data.female.split(' ')) if (n) learned.set(n, 'female');
  return learned;
}

/** The hand list's answer alone (the trainer compares its table with it). */
export function handListGender(name: string): 'male' | 'female' | null {
  return GENDER.get(name.toLowerCase()) ?? null;
}

export function genderOfGivenName(name: string): 'male' | 'female' | null {
  const key = lowerCase(name);
  const gender = GENDER.get(key) ?? (AMBIGUOUS.has(key) ? null : learnedGenders().get(key)) ?? null;
  // "André", "José", "João", "Luís": the lists hold most Romance given names without their accents.
  if (gender !== null || !NON_ASCII.test(key)) return gender;
  const plain = withoutAccents(key);
  return plain === key ? null : (GENDER.get(plain) ?? (AMBIGUOUS.has(plain) ? null : learnedGenders().get(plain)) ?? null);
}

/**
 * A given name, whether or not it says the bearer's sex: the gendered ones and those borne by
 * men and women alike ("Taylor", "Jordan", "Kerry"), for reading a name's shape, not its bearer.
 */
export function isGivenName(name: string): boolean {
  return genderOfGivenName(name) !== null || AMBIGUOUS.has(lowerCase(name));
}

/** A letter outside printable ASCII (names hold no control characters): only such a name can have accents to drop. */
const NON_ASCII = /[^ -~]/u;

/** The word without its letters' accents ("joão" → "joao"), cached: asked of the same names again and again. */
const withoutAccents = cachedByText((word: string): string => word.normalize('NFD').replace(/\p{M}+/gu, ''));
