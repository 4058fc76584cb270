import { graded, type QualityItem, qualityQuestion } from './quality-item';

/** Behavioral questions of the quality set, each with answers graded by the team. */
export const BEHAVIORAL_ITEMS: readonly QualityItem[] = [
  {
    question: qualityQuestion({
      id: 'quality.disagreement',
      track: 'behavioral',
      difficulty: 'easy',
      questionType: 'behavioral',
      title: 'Disagreeing with a teammate',
      prompt:
        'Tell me about a time you disagreed with a teammate about how to do a piece of work. How did you handle it, and what happened?',
      tags: ['behavioral', 'conflict', 'collaboration'],
      keyPoints: [
        'Sets up the situation and what exactly the disagreement was about',
        "Describes their own actions with 'I', not only the team's",
        "Listens to the teammate's reasoning and understands their concerns before arguing",
        'Settles it with data, a quick experiment or a clear compromise',
        'States the outcome for the work and for the working relationship',
      ],
      expectedTopics: ['conflict resolution', 'active listening', 'outcome'],
    }),
    answers: graded(
      `In my third-year software engineering course I was on a four-person team building a room-booking web app, and I was responsible for the backend. Two weeks before the demo, my teammate Priya wanted to switch our database from SQLite to Postgres because she'd read it was more production-ready, and I disagreed because I thought the migration would eat the time we needed for testing.
Instead of arguing in the group chat, I asked her for a fifteen-minute call and started by asking what problem she was worried about. It turned out her real concern was that two people booking the same room at once could both succeed, which was a fair point I hadn't considered. I suggested we test it: I wrote a small script that fired 50 concurrent bookings at our API, and it did create double bookings, but the cause was a missing transaction, not SQLite. We agreed on a compromise: I added a unique constraint and wrapped the booking in a transaction, which took an afternoon, and we kept SQLite for the demo with a note to move to Postgres later.
The concurrency test passed, we demoed on time and got an A, and Priya and I ended up pairing on the testing work for the rest of the term. What I learned is to ask about the worry behind a proposal before debating the proposal itself.`,
      `During my internship, a teammate and I disagreed about whether to write our own date-parsing helper or use a library. I thought the library was safer; he thought it added a heavy dependency. I listened to his concerns about bundle size, and then I checked the numbers: the library added about 20 KB, which was fine for our internal tool. I showed him that along with a few tricky time-zone cases his helper would have missed, and he agreed to use the library. We shipped the feature on schedule, and we kept working well together.`,
      `On a class project my teammate wanted to use React and I wanted to use plain JavaScript because I thought it would be simpler. We talked about it for a while and in the end we went with React because most of the team knew it. It worked out fine and the project was finished on time.`,
      `I don't really have disagreements with people, I'm pretty easygoing. I think communication is the most important thing, so if there was a disagreement I would just talk to them and find a compromise that works for everyone.`,
      `My favourite hobby is hiking. Last summer my brother and I climbed a mountain near our hometown, starting at five in the morning, and the view from the top was amazing. We took a lot of photos and had a picnic before heading back down.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.mistake',
      track: 'behavioral',
      difficulty: 'easy',
      questionType: 'behavioral',
      title: 'A mistake you made',
      prompt:
        'Describe a mistake you made at work or on a project. How did you find out, what did you do about it, and what did you learn?',
      tags: ['behavioral', 'failure', 'ownership', 'learning'],
      keyPoints: [
        'Owns the mistake plainly, without blaming others',
        'Explains how it was discovered and what it affected',
        'Describes the concrete steps taken to fix it',
        'Tells the people affected early and honestly',
        'Names a specific habit or safeguard adopted afterwards',
      ],
      expectedTopics: ['accountability', 'root cause', 'lesson learned'],
    }),
    answers: graded(
      `During my internship at a logistics startup, I wrote a migration that renamed a column in our shipments table, and I forgot that a nightly reporting job still read the old column name. I found out the next morning when the operations manager messaged that the daily delivery report was empty. I checked the job logs, saw the "column not found" errors, and realized it was my change.
I told my mentor and the operations manager right away that my migration had broken it and gave them an estimate for the fix. I updated the reporting query, re-ran the job for the missed day, and had the report back within two hours. Then I searched the codebase for any other references to the old name and found one more in a dashboard, which I fixed before anyone noticed.
Afterwards I added a check to our CI that runs the reporting queries against a copy of the schema, so a rename like that now fails the build. The lesson for me was that a schema change isn't done until I've searched for every reader of that data, and I now keep a short checklist for migrations.`,
      `In a group project I pushed a change that broke the login page right before a demo, because I hadn't run the tests locally. A teammate noticed it when the build failed. I told the team it was my commit, reverted it, and then fixed the bug properly that evening. Since then I always run the test suite before pushing, and I set up a pre-push hook to do it automatically.`,
      `One time I made a mistake in my code that caused a bug in production. It was a small error with a null value. My manager found it and I fixed it the same day. I learned to be more careful and to double check my work.`,
      `I guess my biggest mistake is that I'm a perfectionist and I work too hard sometimes. I try to be careful so I don't really make big mistakes, but if I did I would fix them quickly.`,
      `I think the best programming language for beginners is Python, because it reads almost like English and there are tons of tutorials online. I started with it in high school and then moved on to Java for my university courses.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.competing-deadlines',
      track: 'behavioral',
      difficulty: 'easy',
      questionType: 'behavioral',
      title: 'Several deadlines at once',
      prompt:
        'Tell me about a week when several deadlines landed at once. How did you decide what to do first, and how did it turn out?',
      tags: ['behavioral', 'prioritization', 'deadlines'],
      keyPoints: [
        'Lays out the competing deadlines and what was at stake',
        'Explains how they prioritized: impact, urgency, dependencies',
        'Breaks the work down and plans the time',
        'Tells affected people early about anything that will slip',
        'Shares the result and what they changed afterwards',
      ],
      expectedTopics: ['prioritization', 'time management', 'outcome'],
    }),
    answers: graded(
      `In the last month of my internship I had three things due in the same week: my final demo to the team on Friday, a bug fix a partner team was blocked on, and a design doc review with my mentor on Wednesday. I listed them with their stakes and dependencies. The bug fix came first, because another team couldn't ship without it and it was only about a day of work. The demo mattered most for my evaluation, but it depended on a feature that was mostly done. The design doc was important but had the most flexibility.
I split the demo prep into small tasks and blocked my calendar: Monday for the bug fix, Tuesday and Wednesday mornings for the feature, afternoons for the slides. On Monday I told my mentor I'd like to move the doc review to the following Monday, explained why, and she agreed.
The fix was merged on Monday evening, which unblocked the partner team a day earlier than they'd planned, and my demo went well; my manager mentioned it in my final review. Since then I write down every deadline with its dependencies at the start of the week and flag conflicts early instead of waiting for the crunch.`,
      `At the end of a semester I had two exams and a project deadline in the same week. I made a list and prioritized by how much each was worth and when it was due. I worked on the project first because my teammates depended on my part, and I studied for the exams in the evenings. I also told my team early that I couldn't take on extra tasks that week. Everything got done, and I got an A on the project.`,
      `I had a lot of assignments due at the same time last semester. I made a to-do list and just worked through them one by one, staying up late a few nights. It was stressful but I managed to submit everything on time.`,
      `I'm good at multitasking, so when I have a lot of deadlines I just work harder and get everything done. I usually work best under pressure.`,
      `My favourite programming project was a weather app I built with an open API. It shows the forecast for the next five days and changes the background depending on whether it's sunny or raining.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.critical-feedback',
      track: 'behavioral',
      difficulty: 'easy',
      questionType: 'behavioral',
      title: 'Critical feedback',
      prompt:
        'Tell me about a time you received critical feedback on your work. How did you react, and what did you change?',
      tags: ['behavioral', 'feedback', 'growth-mindset'],
      keyPoints: [
        'Describes the specific feedback and who gave it',
        'Reacts constructively and asks questions to understand it',
        'Describes concrete changes made in response',
        'Shows evidence that the change worked',
        'Reflects on how they look for feedback now',
      ],
      expectedTopics: ['receiving feedback', 'self-awareness', 'improvement'],
    }),
    answers: graded(
      `In my first month as a junior developer, my tech lead reviewed one of my pull requests and told me, fairly bluntly, that my PRs were too big to review well; that one was about 1,200 lines touching four features. My first reaction was to defend it, because everything in it was related, but I asked him what a good PR looked like on our team and why it mattered. He explained that large PRs sat in review for days and let bugs slip through.
I split that PR into four smaller ones, each under 300 lines with a short note on what to test, and from then on I planned my work as a sequence of small changes before writing code. Over the next two months my average review time dropped from about three days to less than one, and my lead said in my review that my changes had become some of the easiest to review on the team. Now I ask for feedback earlier, often sharing a draft PR on the first day instead of waiting until everything is finished.`,
      `My manager told me during a one-on-one that my status updates in meetings were too detailed and hard to follow. I asked for an example and realized I was listing every task instead of the outcome. I started preparing three bullet points before each meeting: what I finished, what's next, and any blockers. A few weeks later she told me my updates were much clearer.`,
      `A professor once told me my report wasn't well organized. At first I was a bit annoyed, but then I accepted it and tried to organize my next reports better with clearer sections.`,
      `I always take feedback well. I think feedback is a gift and it's important to always be open to it and keep improving.`,
      `For my capstone I'm building a mobile app with Flutter that helps students find study rooms on campus. The hardest part has been getting the map to load quickly on older phones.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.customer-data',
      track: 'behavioral',
      company: 'amazon',
      difficulty: 'medium',
      questionType: 'behavioral',
      title: 'Changing course on customer data',
      prompt:
        "Tell me about a time when customer feedback or data showed that what you were building wasn't what customers needed. What did you do?",
      tags: ['behavioral', 'customer-focus', 'dive-deep', 'decision-making'],
      keyPoints: [
        'Uses concrete customer evidence: usage data, tickets or interviews',
        "Works back from the customer's real problem rather than the original plan",
        'Persuades the team and stakeholders to change direction',
        'Ships the change and measures the customer impact',
        'Reflects on how to get customer signal earlier next time',
      ],
      expectedTopics: ['customer obsession', 'working backwards', 'data-driven decisions'],
    }),
    answers: graded(
      `On my last team we were building a reporting dashboard for small online sellers, and I owned the export feature. Three weeks after the beta started, I looked at the usage logs and saw that about 70% of sessions opened the dashboard, clicked export to CSV within a minute, and left. The support tickets said the same thing: sellers wanted the data in their own spreadsheets, not another dashboard.
I set up calls with six beta sellers, and five of them said they already had spreadsheet templates and just wanted the numbers to land there automatically every morning. I wrote a one-page proposal with the usage data and quotes from the calls, and suggested pausing the chart work to build a scheduled export to Google Sheets first. My product manager was worried about the roadmap, so we agreed on a two-week experiment.
I built the scheduled export, and within a month 60% of active sellers were using it, weekly active usage went up by 35%, and export-related tickets dropped by half. The lesson I took away was to put usage analytics in from day one of a beta and to talk to customers before we commit to a UI.`,
      `We were building an in-app tutorial for new users of our app, but the analytics showed most users skipped it in the first few seconds. I talked to a few users, who said they just wanted to try the product directly. I suggested to my manager that we replace the tutorial with short tooltips that appear the first time you use a feature. She agreed, we shipped the tooltips, and the share of users who completed their first task went up by about 20%.`,
      `Customers told us in feedback that a feature we were building was confusing, so we changed the design to make it simpler. The team agreed it was a good idea and the new version got better feedback.`,
      `I always put the customer first. I think listening to customers is the most important part of building products, and I'd always change what we build if customers wanted something else.`,
      `I really like Amazon's fast delivery; I order almost everything online now. Last week I ordered a new keyboard and it arrived the next morning, which was great because my old one had broken.`,
    ),
  },
];
