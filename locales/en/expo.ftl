## Expo

expo-title = Virtual expo
