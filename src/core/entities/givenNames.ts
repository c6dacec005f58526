// Given names whose bearer is usually a man or a woman, for telling "he" from "she" when
// the text gives no title. Only names common in English-language news; ambiguous names
// (Chris, Pat, Jordan, Kim, Jean) are left out on purpose.

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
  'reggie reid roy rupert ruben sherrod spencer stanley stuart ty tyler victor wade warren zach'
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
  'alexandria ilhan rashida kamala condoleezza hope dianne maxine marsha elise liz'
).split(/\s+/u);

const GENDER = new Map<string, 'male' | 'female'>();
for (const n of MALE) GENDER.set(n, 'male');
for (const n of FEMALE) GENDER.set(n, 'female');

export function genderOfGivenName(name: string): 'male' | 'female' | null {
  return GENDER.get(name.toLowerCase()) ?? null;
}
