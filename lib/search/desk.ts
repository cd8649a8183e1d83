import { getGeneralDesk } from "@/lib/content/api";
import { mainDesk, mainNumber } from "@/lib/content/model";
import { deskChannels } from "./document";
import type { GeneralDesk } from "./types";

/** The general consultation desk as the search's no-results message shows it. Server only. */
export function searchDesk(): GeneralDesk {
  const program = getGeneralDesk();
  return { slug: program.slug, phone: mainNumber(program), title: program.title, summary: program.summary, channels: deskChannels(mainDesk(program)) };
}
