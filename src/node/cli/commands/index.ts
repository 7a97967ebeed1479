// Every CLI command, in the order --help lists them. A command is one file in this folder.
import type { Command } from '../types';

export const COMMANDS: Command[] = [];
