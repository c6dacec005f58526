import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Rules found by reading our dates on unseen political news as an editor would, pinned
// with sentences written for these tests. The article date is Wednesday 21 June 2023
// unless a test says otherwise.

suite('dates read on unseen news: the clause a date belongs to', () => {
  test('a title such as "Rev." or "Lt." does not end the sentence before its verb', () => {
    assert.deepEqual(only('By 9 a.m. Sunday, the Rev. Al Green began taking calls.'), ['9 a.m. Sunday', 'TIME', '2023-06-18T09:00']);
    assert.deepEqual(only('By noon Monday, Lt. Col. Ann Ward had left the base.'), ['noon Monday', 'TIME', '2023-06-19T12:00']);
  });

  test('a participle after an article is an adjective, not a past verb ("a designated day on Aug. 1")', () => {
    assert.deepEqual(only('Volunteers joined a designated day on Aug. 1 when they will knock on doors.'), ['Aug. 1', 'DATE', '2023-08-01']);
    assert.deepEqual(only('The unexpected rally on Aug. 1 will draw crowds.'), ['Aug. 1', 'DATE', '2023-08-01']);
  });

  test('after a reporting verb, the reported clause does not date the report ("on Saturday, said it would")', () => {
    assert.deepEqual(only('The mayor, opening the bridge on Saturday, said it would ease traffic.'), ['Saturday', 'DATE', '2023-06-17']);
  });

  test('"expect her to win Tuesday\'s debate", "invited him to meet Thursday": what is expected is ahead', () => {
    assert.deepEqual(only('Most voters expect Smith to win Tuesday\'s debate.', '2023-06-18'), ['Tuesday', 'DATE', '2023-06-20']);
    assert.deepEqual(only('The speaker invited the president to meet on Thursday.', '2023-06-23'), ['Thursday', 'DATE', '2023-06-29']);
    // A verb of its own between them still decides: "expected ... and met on Thursday".
    assert.deepEqual(only('She met the president on Thursday.', '2023-06-23'), ['Thursday', 'DATE', '2023-06-22']);
  });

  test('"in 10 days" in a clause opened by a participle is a date ahead; after a past verb of its own, a length of time', () => {
    assert.deepEqual(only('Heading into the first debate in 10 days, Sanders told reporters he would win.'), ['in 10 days', 'DATE', '2023-07-01']);
    assert.deepEqual(only('The deal was signed in 10 days.'), ['in 10 days', 'DURATION', 'P10D']);
    assert.deepEqual(only('Speaking to reporters, she said the deal was signed in 10 days.'), ['in 10 days', 'DURATION', 'P10D']);
  });

  test('an infinitive points neither way: a weekday after it is the nearest one', () => {
    assert.deepEqual(only('He is in a strong position to win more states on Saturday.'), ['Saturday', 'DATE', '2023-06-24']);
    assert.deepEqual(only('A group is spending millions to stop him from winning Tuesday\'s primaries.', '2023-06-24'), ['Tuesday', 'DATE', '2023-06-27']);
    // A past verb of its own still looks back, and so does an infinitive under a past verb.
    assert.deepEqual(only('He won more states on Saturday.'), ['Saturday', 'DATE', '2023-06-17']);
    assert.deepEqual(only('They clashed over how to release the files on Twitter late Thursday.', '2023-06-19'), ['late Thursday', 'DATE', '2023-06-15']);
  });

  test('a condition in the present is about what is ahead ("if Cruz wins the contest Tuesday")', () => {
    assert.deepEqual(only('If Cruz wins the state\'s contest Tuesday, the race tightens.'), ['Tuesday', 'DATE', '2023-06-27']);
    assert.deepEqual(only('We will appeal because if there is a close vote on Monday we need clarity.'), ['Monday', 'DATE', '2023-06-26']);
    // A past form in the condition, or a date that qualifies a noun, keeps its own reading.
    assert.deepEqual(only('Even if he managed to split the delegates on Monday, he would trail.'), ['Monday', 'DATE', '2023-06-19']);
    assert.deepEqual(only('If you want to understand Monday\'s debate, look at the polls.'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('"as she put it on Wednesday": after he, she or it, "put", "set", "cut" are past', () => {
    assert.deepEqual(only('She pledges to make the economy work for everyone, as she put it on Monday in Raleigh.', '2023-06-24'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('"to" inside a clock range ("a 6 a.m.-to-4:30 p.m. shift") is no infinitive', () => {
    assert.deepEqual(dates('On a rainy Thursday afternoon, after their 6 a.m.-to-4:30 p.m. shift, workers gathered at a bar.')[0], ['Thursday afternoon', 'TIME', '2023-06-15TAF']);
  });

  test('"the weekend" ahead, said on a Sunday, is the weekend in progress', () => {
    assert.deepEqual(only('He expects the deal to be finalized over the weekend.', '2023-06-25'), ['weekend', 'DATE', '2023-W25-WE']);
  });

  test('"decided that on Nov. 8 she will vote": the verb of the clause after "that" dates it', () => {
    assert.deepEqual(only('She has decided that on Nov. 8, she will vote for him.'), ['Nov. 8', 'DATE', '2023-11-08']);
    // Without a verb of its own after the date, the verb before "that" still decides.
    assert.deepEqual(only('She said that on Monday.'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('"than forecast in January" is the earlier forecast; "the project" is a noun', () => {
    assert.deepEqual(only('Growth will be 1.6 percent, less than forecast in January.'), ['January', 'DATE', '2023-01']);
    assert.deepEqual(only('The bridge project in November drew protests.'), ['November', 'DATE', '2022-11']);
  });

  test('"if she were to win in November" is a condition about what is ahead', () => {
    assert.deepEqual(only('An aide said that if she were to win in November, she would sign it.'), ['November', 'DATE', '2023-11']);
  });
});

suite('dates read on unseen news: what is a date and how far it reaches', () => {
  test('"after this week\'s debate" is this week; "after the day-long meeting", "after a week of talks" are no date after today', () => {
    assert.deepEqual(only('The issue took on new urgency after this week\'s debate.'), ['this week', 'DATE', '2023-W25']);
    assert.deepEqual(dates('She spoke to reporters after the day-long meeting.'), []);
    assert.deepEqual(dates('They signed after a week of talks.').filter(([, , v]) => v === '2023-06-28'), []);
  });

  test('"this second bankruptcy" is an ordinal, "right this second" a moment', () => {
    assert.deepEqual(dates('For this second bankruptcy filing, the company chose Richmond.'), []);
  });

  test('a range of clock times keeps each time with its own words ("from midnight to 6 a.m.")', () => {
    assert.deepEqual(dates('A curfew was set from midnight to 6 a.m. in the city.'), [['midnight', 'TIME', '2023-06-21T00:00'], ['6 a.m.', 'TIME', '2023-06-21T06:00']]);
    assert.deepEqual(dates('The store is open from noon to 5 p.m.'), [['noon', 'TIME', '2023-06-21T12:00'], ['5 p.m.', 'TIME', '2023-06-21T17:00']]);
  });

  test('"a brighter tomorrow" is the future, not the next day', () => {
    assert.deepEqual(only('They still hope for a brighter tomorrow.'), ['tomorrow', 'DATE', 'FUTURE_REF']);
    assert.deepEqual(only('The vote is tomorrow.'), ['tomorrow', 'DATE', '2023-06-22']);
  });

  test('"the 1980\'s" and "the ’90s" are decades, "the year 2000" one year', () => {
    assert.deepEqual(only('The market collapsed in the 1980\'s.'), ['the 1980\'s', 'DATE', '198']);
    assert.deepEqual(only('He grew up in the ’90s.'), ['the ’90s', 'DATE', '199']);
    assert.deepEqual(only('The rule was to be lifted in the year 2000.'), ['the year 2000', 'DATE', '2000']);
  });

  test('"CBS This Morning" is a programme, not this morning', () => {
    assert.deepEqual(dates('She appeared on CBS This Morning with the senator.'), []);
    assert.deepEqual(only('He appeared on CBS This Morning on Thursday.'), ['Thursday', 'DATE', '2023-06-15']);
    assert.deepEqual(only('This morning the senator spoke.'), ['This morning', 'TIME', '2023-06-21TMO']);
  });
});

suite('dates read on unseen news: the story\'s own dates', () => {
  test('a month and day named again is the day named before ("the 9/11 attacks ... before Sept. 11")', () => {
    assert.deepEqual(dates('Bin Laden planned the 9/11 attacks. The failure to see the threat before Sept. 11 is excusable.', '2016-09-22'), [
      ['9/11', 'DATE', '2001-09-11'],
      ['Sept. 11', 'DATE', '2001-09-11'],
    ]);
    assert.deepEqual(dates('The flood came on March 3, 2011. By March 3 the river had risen ten feet.', '2016-06-01'), [
      ['March 3, 2011', 'DATE', '2011-03-03'],
      ['March 3', 'DATE', '2011-03-03'],
    ]);
    // Another day of the same month is not the same day.
    assert.deepEqual(dates('The flood came on March 3, 2011. The plant reopens on May 9.', '2016-06-01')[1], ['May 9', 'DATE', '2016-05-09']);
  });

  test('"Sept. 11 conspiracy theories", "Sept. 11 truthers" are about the attacks', () => {
    assert.deepEqual(only('The network has trafficked in Sept. 11 conspiracy theories.', '2016-09-19'), ['Sept. 11', 'DATE', '2001-09-11']);
  });

  test('a holiday in a past clause right after an earlier year is that year\'s ("in 2012 ... after Election Day")', () => {
    assert.deepEqual(dates('Campaigning against Mitt Romney in 2012, he barely mentioned it. But soon after Election Day, he spoke about it.', '2016-09-08'), [
      ['2012', 'DATE', '2012'],
      ['Election Day', 'DATE', '2012-11-06'],
    ]);
    assert.deepEqual(only('He barely mentioned it. But soon after Election Day, he spoke about it.', '2016-12-08'), ['Election Day', 'DATE', '2016-11-08']);
    // A flashback's year does not reach paragraphs on.
    assert.deepEqual(dates('In an interview in 2013, he said philanthropy would not be enough to keep him satisfied after leaving office, and that he missed the job, the staff and the long fights with the city council.\n\nThe mayor turned 74 on Valentine\'s Day.', '2016-02-18')[1], ['Valentine\'s Day', 'DATE', '2016-02-14']);
    assert.deepEqual(dates('Campaigning in 2012, he barely mentioned it.\n\nBut soon after Election Day, he spoke about it.', '2016-09-08')[1], ['Election Day', 'DATE', '2012-11-06']);
    // "since 1961" runs up to now: it does not set the story in 1961.
    assert.deepEqual(dates('He has made films since 1961 and spent Thanksgiving at home.', '2016-04-12')[1], ['Thanksgiving', 'DATE', '2015-11-26']);
    // A day named in between brings the story back to the present.
    assert.deepEqual(dates('She left Cuba in 1962. Earlier Sunday, they prayed as Easter week began.', '2000-04-17')[2], ['Easter week', 'DATE', '2000-W16']);
  });

  test('"N years later" counted from today in a clause that is not future names no date', () => {
    assert.deepEqual(dates('It is the government under which we still live today, more than 200 years later.', '2016-07-28'), [
      ['today', 'DATE', '2016-07-28'],
      ['more than 200 years later', 'DATE', null],
    ]);
    assert.deepEqual(dates('The law passed in 1990. Two years later, it was repealed.', '2016-07-28')[1], ['Two years later', 'DATE', '1992']);
  });

  test('in an election year, a November still ahead that comes with an election is the election\'s', () => {
    assert.deepEqual(only('The plan is key to a White House win in November.', '2016-02-29'), ['November', 'DATE', '2016-11']);
    assert.deepEqual(only('Can he bring new voters out in November?', '2016-03-07'), ['November', 'DATE', '2016-11']);
    // Without an election around, or in an odd year, the nearest November.
    assert.deepEqual(only('Can the factory reopen in November?', '2016-03-07'), ['November', 'DATE', '2015-11']);
    assert.deepEqual(only('The plan is key to a White House win in November.', '2015-02-27'), ['November', 'DATE', '2014-11']);
    // A past clause looks back.
    assert.deepEqual(only('She won the Senate seat in November.', '2016-03-07'), ['November', 'DATE', '2015-11']);
  });

  test('"Election Day" is a federal election\'s: the election year\'s, else the one before or after', () => {
    assert.deepEqual(only('Hackers could release damaging emails close to Election Day, he warned.', '2016-08-26'), ['Election Day', 'DATE', '2016-11-08']);
    assert.deepEqual(only('His standing must be matched by voters turning out on Election Day.', '2016-02-10'), ['Election Day', 'DATE', '2016-11-08']);
    assert.deepEqual(only('The governor campaigned hard before Election Day.', '2015-03-10'), ['Election Day', 'DATE', '2014-11-04']);
    assert.deepEqual(only('The senator will campaign hard before Election Day.', '2015-03-10'), ['Election Day', 'DATE', '2016-11-08']);
  });
});
