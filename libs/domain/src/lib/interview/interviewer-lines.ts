/**
 * What the interviewer says, several ways each, so the same seed always reads the same and
 * different seeds read differently. `{name}`-style slots are filled by Voice.say.
 */
export const LINES = {
  greeting: [
    'Hi {name}, thanks for making the time today. How are you doing today?',
    'Hello {name}, good to meet you! How are you doing today?',
    'Hi {name}, welcome, and thanks for joining. How are you doing today?',
  ],
  moodGood: ['Glad to hear it.', 'Great to hear.', 'Good to hear.'],
  moodLow: [
    "Sorry to hear that. Let's keep this relaxed.",
    "Thanks for being honest; let's take it easy and go at your pace.",
  ],
  moodNervous: [
    "That's completely normal. Think of this as a conversation, not an exam.",
    'Totally normal to feel that way. This is practice, so take your time.',
  ],
  moodNeutral: ['Thanks.', 'Alright.'],
  courtesyAsked: ['I am doing well, thanks for asking.', 'I am doing well, thank you for asking.'],
  courtesyNotAsked: ['I am doing well too, thank you.', 'I am doing well myself, thanks.'],
  introduction: [
    "I'm {interviewer}, {role} at {company}, and I'll be your interviewer today. We'll go through up to {questions} in about {minutes} minutes. Feel free to think out loud, ask clarifying questions, or ask for a hint at any point.",
    "My name is {interviewer}; I'm {role} at {company} and I'll be interviewing you today. The plan is up to {questions} over roughly {minutes} minutes. Thinking out loud is encouraged, and you can ask me to repeat, clarify or give a hint whenever you like.",
  ],
  retryIntroduction: [
    "Hi {name}, I'm {interviewer}. Let's revisit one question so you can try it again.",
    "Hi {name}, {interviewer} here. Let's have another go at one question.",
  ],
  directIntroduction: [
    "Hi {name}, I'm {interviewer}, and I'll be your interviewer today. Let's get started.",
    "Hi {name}, {interviewer} here. Let's jump right in.",
  ],
  firstQuestion: ["Let's start with this one.", "Let's dive in.", "Here's the first question."],
  nextQuestion: [
    "Let's move on.",
    'Next question.',
    "Here's the next one.",
    "Let's try another one.",
  ],
  lastQuestion: ['Last question.', "Here's the final question.", 'One more to finish.'],
  behavioralLead: [
    "Let's switch gears to a behavioral question.",
    "Now I'd like to hear about your experience.",
    "Let's talk about something you've worked on.",
  ],
  ackStrong: [
    "That's a solid answer.",
    "Nice, that's well reasoned.",
    'Great, that covers it well.',
    "Good, that's clear.",
  ],
  ackPartial: ['Okay, thanks.', 'Got it.', "Thanks, that's a good start.", 'Okay, I follow.'],
  ackWeak: [
    'Thanks for walking me through that.',
    'Okay, thanks for giving it a go.',
    'Alright, thanks.',
  ],
  ackSkip: [
    "No problem, that one's tricky.",
    "That's fine, let's not get stuck on it.",
    'No worries.',
  ],
  ackDontKnow: [
    "That's okay, it's better to say so than to guess.",
    'Fair enough, thanks for being honest.',
  ],
  followUpMention: ['You mentioned "{phrase}". {question}', 'Going back to "{phrase}": {question}'],
  followUpPlain: [
    '{question}',
    'One follow-up: {question}',
    'Let me dig into that a bit. {question}',
  ],
  hint: ["Here's a hint: {hint}", 'Sure. {hint}', 'A nudge: {hint}'],
  hintsExhausted: [
    "I've shared all the hints I have for this one. Try talking through the simplest approach you can think of, even if it's slow.",
    "That's all the hints I have here. Give it your best shot; a partial answer is better than none.",
  ],
  repeat: ['Sure. {prompt}', 'Of course, here it is again: {prompt}'],
  clarifyQuestion: [
    "Sure. In short: {gist} If anything is ambiguous, state the assumption you're making and go ahead.",
    'Good question. The core of it is: {gist} Make whatever assumptions seem reasonable and say them out loud.',
  ],
  clarifyFollowUp: ["Sure, I'm asking about {about}.", "What I'm after is {about}."],
  assumption: [
    "Good question. That's a reasonable assumption; state it and go ahead.",
    'Sure, you can assume that. Just mention it as you go.',
  ],
  nudgeEmpty: [
    "I didn't catch an answer there. Could you give it a try?",
    'Looks like that came through empty. Want to try again?',
  ],
  nudgeShort: [
    'Could you say a bit more? Walk me through your thinking.',
    "Can you expand on that a little? I'd like to hear how you got there.",
  ],
  nudgeNotWords: [
    "I'm not sure I followed that. Could you put it in a sentence or two?",
    "That didn't quite come through. Could you say it another way?",
  ],
  nudgeRepetitive: [
    'Could you expand on that with a bit more detail?',
    'Can you tell me more about your reasoning there?',
  ],
  nudgeOffTopic: [
    "Let's bring it back to the question: {prompt}",
    'I think we drifted a little. The question was: {prompt}',
  ],
  stallLimit: [
    "Let's move on so we have time for the rest.",
    "Let's leave that one there and keep going.",
  ],
  timeUp: [
    "We're about at time, so let's stop the questions there.",
    'That brings us to time for the questions.',
  ],
  bankExhausted: ["That's all the questions I have for this session."],
  wrapUpInvite: [
    "That's all the questions I had. Before we finish, do you have any questions for me?",
    "We're done with my questions. Is there anything you'd like to ask me?",
  ],
  wrapUpMore: ["Anything else you'd like to know?", 'Any other questions?'],
  // {addressee} is ", Alex", or empty when the name is unknown.
  closing: [
    'Thanks for your time today{addressee}. Your feedback report is ready whenever you are. Good luck!',
    'It was great talking with you{addressee}. Have a look at your report for detailed feedback. Take care!',
  ],
  endRequested: [
    "No problem, let's stop here. Thanks for your time{addressee}; your report will cover the questions you answered.",
    'Sure, we can end here. Thank you{addressee}. Your report will cover what we got through.',
  ],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type LineKind = keyof typeof LINES;
