import { getAllPrograms, getAreas, getGeneralDesks, getNeeds } from "@/lib/content/api";
import { FinderPlan } from "./plan";

let plan: FinderPlan | undefined;

/** The finder over the site's content, worked out once per build. Server only. */
export function getFinderPlan(): FinderPlan {
  plan ??= new FinderPlan({ programs: getAllPrograms(), needs: getNeeds(), areas: getAreas(), generalDesks: getGeneralDesks() });
  return plan;
}
