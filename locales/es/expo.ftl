## Expo

expo-title = Feria virtual
