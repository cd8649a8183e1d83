// The check and the digits live in lib/phone/number.ts; pages and the search still import them from here until they move to the resolved model (issue 17).
export { checkJapanesePhone, phoneDigits, type PhoneCheck } from "../phone/number";
